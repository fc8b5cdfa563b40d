package edu.meridian.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The outbox, read when metrics are scraped: {@code meridian_outbox_backlog} (unpublished rows, parked ones included),
 * {@code meridian_outbox_oldest_age_seconds} (of the oldest unpublished row that is not parked) and
 * {@code meridian_outbox_parked}.
 */
@ApplicationScoped
class OutboxMetrics {

    private final DataSource dataSource;

    OutboxMetrics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("meridian.outbox.backlog", this, metrics -> metrics.query("select count(*) from outbox_message where published_at is null"))
                .description("Outbox rows not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("meridian.outbox.oldest.age.seconds", this, metrics -> metrics.query(
                        "select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_message where published_at is null and parked_at is null"))
                .description("Age of the oldest unpublished outbox row that is not parked")
                .register(registry);
        Gauge.builder("meridian.outbox.parked", this, metrics -> metrics.query(
                        "select count(*) from outbox_message where parked_at is not null and published_at is null"))
                .description("Outbox rows Kafka refused until they were parked; later rows of their aggregates wait")
                .register(registry);
    }

    private double query(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getDouble(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
