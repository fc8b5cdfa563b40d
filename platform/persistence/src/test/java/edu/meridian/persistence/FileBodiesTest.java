package edu.meridian.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A body written from a file and read back in slices, on a real PostgreSQL (a table of the test's own). */
@QuarkusTest
class FileBodiesTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void table() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement create = connection.createStatement()) {
            create.execute("""
                    create table if not exists test_file (id uuid primary key, name varchar(50) not null,
                        stored_at timestamptz not null, body bytea not null)""");
        }
    }

    @Test
    void insertsARowWithItsBodyFromAFileAndReadsItBackInSlices(@TempDir Path dir) throws Exception {
        byte[] content = new byte[300_001];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("upload"), content);
        UUID id = UUID.randomUUID();
        Instant storedAt = Instant.parse("2026-03-02T01:30:00Z");
        FileBodies bodies = FileBodies.in(dataSource, "test_file", "body");
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", id);
        columns.put("name", "成绩单.pdf");
        columns.put("stored_at", storedAt);

        QuarkusTransaction.requiringNew().run(() -> bodies.insert(entityManager, columns, file));

        ByteArrayOutputStream read = new ByteArrayOutputStream();
        for (long offset = 0; offset < content.length; offset += 100_000) {
            read.writeBytes(bodies.slice(id, offset, 100_000));
        }
        assertThat(read.toByteArray()).isEqualTo(content);
        assertThat(bodies.slice(id, 300_000, 100_000)).containsExactly(content[300_000]);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select name, stored_at from test_file where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("成绩单.pdf");
                assertThat(row.getObject(2, OffsetDateTime.class).toInstant()).isEqualTo(storedAt);
            }
        }
    }

    @Test
    void aRolledBackInsertLeavesNothingAndAMissingRowIsAnError(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("upload"), new byte[] {1, 2, 3});
        UUID id = UUID.randomUUID();
        FileBodies bodies = FileBodies.in(dataSource, "test_file", "body");
        Map<String, Object> columns = Map.of("id", id, "name", "a", "stored_at", Instant.now());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            bodies.insert(entityManager, columns, file);
            throw new IllegalStateException("the business transaction fails later");
        })).hasMessageContaining("fails later");

        assertThatThrownBy(() -> bodies.slice(id, 0, 10)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vanished");
    }

    @Test
    void tableAndColumnNamesArePlainIdentifiersOnly() {
        assertThatThrownBy(() -> FileBodies.in(dataSource, "test_file; drop table x", "body"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FileBodies.in(dataSource, "test_file", "Body"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
