package edu.meridian.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * File bodies (uploaded documents) in a {@code bytea} column of a table keyed by a {@code uuid} column {@code id},
 * never whole in memory: a row is inserted with its body streamed from the received file, and a body is read back in
 * slices, each by a query of its own on a connection held only for that slice (so a slow client holds no connection).
 * The entity maps every column but the body; the migration stores the column uncompressed out of line
 * ({@code alter column … set storage external}), so that PostgreSQL fetches only the chunks of a slice.
 */
public final class FileBodies {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DataSource dataSource;
    private final String table;
    private final String column;

    private FileBodies(DataSource dataSource, String table, String column) {
        this.dataSource = dataSource;
        this.table = identifier(table);
        this.column = identifier(column);
    }

    /** The bodies in {@code table.column}; both names are the code's own, checked to be plain SQL identifiers. */
    public static FileBodies in(DataSource dataSource, String table, String column) {
        return new FileBodies(dataSource, table, column);
    }

    /**
     * Inserts a row of these columns (names → values; an {@link Instant} is stored as UTC {@code timestamptz}) with the
     * body streamed from {@code file}, in the transaction of the entity manager.
     */
    public void insert(EntityManager entityManager, Map<String, Object> columns, Path file) {
        List<String> names = new ArrayList<>(columns.keySet());
        names.forEach(FileBodies::identifier);
        String sql = "insert into " + table + " (" + String.join(", ", names) + ", " + column + ") values ("
                + "?, ".repeat(names.size()) + "?)";
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql);
                 InputStream body = Files.newInputStream(file)) {
                for (int i = 0; i < names.size(); i++) {
                    Object value = columns.get(names.get(i));
                    insert.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
                }
                insert.setBinaryStream(names.size() + 1, body, Files.size(file));
                insert.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException("The received upload cannot be read", e);
            }
        });
    }

    /** At most {@code length} bytes of the body of row {@code id} from {@code offset}. */
    public byte[] slice(UUID id, long offset, int length) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select substring(" + column + " from ? for ?) from " + table + " where id = ?")) {
            select.setInt(1, Math.toIntExact(offset + 1));
            select.setInt(2, length);
            select.setObject(3, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("File " + id + " of " + table + " vanished while it was read");
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("File " + id + " of " + table + " cannot be read", e);
        }
    }

    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
        return name;
    }
}
