package edu.meridian.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Connections to the service's database outside the pool. Closing one ends its session, and with it the session's
 * advisory locks; a pooled connection would keep them, held by whichever code borrows it next.
 */
@ApplicationScoped
public class UnpooledConnections {

    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;

    UnpooledConnections(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public Connection open() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "outbox-relay");
        return DriverManager.getConnection(url, properties);
    }
}
