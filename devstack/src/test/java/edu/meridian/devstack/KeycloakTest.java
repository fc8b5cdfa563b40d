package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KeycloakTest {

    @Test
    void listensOnLoopbackOnly() {
        // The management interface (health, metrics) takes the host of the main HTTP server.
        assertThat(Keycloak.command(Path.of("keycloak-dist"), 8180, 9000))
                .contains("--http-host=127.0.0.1", "--http-port=8180", "--http-management-port=9000");
    }

    @Test
    void aKeycloakThatIgnoresTermIsKilledAfterTheTimeout() throws Exception {
        // As Keycloak does while it is still starting: its JVM defers TERM until the start-up is done.
        Process stubborn = new ProcessBuilder("bash", "-c", "trap '' TERM; while true; do sleep 0.2; done").start();
        Thread.sleep(300); // the trap is set
        try {
            new Keycloak(stubborn, 8180, "meridian", Path.of("keycloak.log")).stop(Duration.ofSeconds(1));

            assertThat(stubborn.waitFor(10, TimeUnit.SECONDS)).as("stopped").isTrue();
        } finally {
            stubborn.destroyForcibly();
        }
    }
}
