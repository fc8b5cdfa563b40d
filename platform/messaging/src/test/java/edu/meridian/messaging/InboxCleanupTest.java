package edu.meridian.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class InboxCleanupTest {

    @Inject
    DataSource dataSource;

    @Test
    void deletesInboxRowsPastTheRetentionAndKeepsTheRest() throws Exception {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        received(old, "9 days");
        received(recent, "7 days");

        await().atMost(Duration.ofSeconds(30)).until(() -> !recorded(old));
        assertThat(recorded(recent)).isTrue();
    }

    private void received(String eventId, String ago) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into inbox_message (consumer, event_id, received_at)
                     values ('cleanup-test', ?, now() - ?::interval)""")) {
            insert.setString(1, eventId);
            insert.setString(2, ago);
            insert.executeUpdate();
        }
    }

    private boolean recorded(String eventId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from inbox_message where consumer = 'cleanup-test' and event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1) == 1;
            }
        }
    }
}
