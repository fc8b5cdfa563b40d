package edu.meridian.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The outbox rows Kafka refused until they were parked, for an operator to look at and release (also the gauge
 * {@code meridian_outbox_parked}).
 */
@ApplicationScoped
public class OutboxParking {

    private final DataSource dataSource;

    OutboxParking(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param waitingBehind unpublished later rows of the same aggregate, which wait until this row is dealt with
     */
    public record ParkedRow(long id, UUID eventId, String topic, String recordKey, String eventType, int attempts,
            String lastError, Instant parkedAt, long waitingBehind) {
    }

    /** Parked rows, oldest first. */
    public List<ParkedRow> parked() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     select p.id, p.event_id, p.topic, p.record_key, p.event_type, p.attempts, p.last_error, p.parked_at,
                            (select count(*) from outbox_message later
                              where later.topic = p.topic and later.record_key = p.record_key
                                and later.id > p.id and later.published_at is null)
                       from outbox_message p
                      where p.parked_at is not null and p.published_at is null
                      order by p.id""")) {
            List<ParkedRow> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(new ParkedRow(result.getLong(1), result.getObject(2, UUID.class), result.getString(3),
                        result.getString(4), result.getString(5), result.getInt(6), result.getString(7),
                        result.getTimestamp(8).toInstant(), result.getLong(9)));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Parked outbox rows cannot be read", e);
        }
    }

    /**
     * Sends a parked row again, with a fresh count of attempts, once its cause is fixed (e.g. the topic's size limit
     * raised); it still goes before the later rows of its aggregate.
     *
     * @return false if no such row is parked
     */
    public boolean release(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     update outbox_message set parked_at = null, attempts = 0
                      where id = ? and parked_at is not null and published_at is null""")) {
            update.setLong(1, id);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Parked outbox row " + id + " cannot be released", e);
        }
    }
}
