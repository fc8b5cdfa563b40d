package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KeycloakTest {

    @Test
    void listensOnLoopbackOnly() {
        // The management interface (health, metrics) takes the host of the main HTTP server.
        assertThat(Keycloak.command(Path.of("keycloak-dist"), 8180, 9000))
                .contains("--http-host=127.0.0.1", "--http-port=8180", "--http-management-port=9000");
    }
}
