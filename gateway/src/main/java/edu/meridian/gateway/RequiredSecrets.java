package edu.meridian.gateway;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * In production every secret comes from the environment, and there is no fallback to a demo value: a gateway
 * started without one stops at once, naming the variable, instead of running with a guessable key.
 */
@ApplicationScoped
class RequiredSecrets {

    /** Shorter keys are stretched by quarkus-oidc from too little entropy. */
    static final int MIN_SESSION_SECRET_LENGTH = 32;

    void onStart(@Observes StartupEvent event, Config config) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            check(config);
        }
    }

    static void check(Config config) {
        List<String> problems = new ArrayList<>();
        if (value(config, "quarkus.oidc.credentials.secret").isEmpty()) {
            problems.add("OIDC_CLIENT_SECRET is required: the secret of the client meridian-gateway in Keycloak");
        }
        if (value(config, "quarkus.oidc-client.directory.credentials.secret").isEmpty()) {
            problems.add("DIRECTORY_CLIENT_SECRET is required: the secret of the client meridian-directory in Keycloak");
        }
        Optional<String> session = value(config, "quarkus.oidc.token-state-manager.encryption-secret");
        if (session.isEmpty()) {
            problems.add("GATEWAY_SESSION_SECRET is required: the key that encrypts session cookies"
                    + " (at least " + MIN_SESSION_SECRET_LENGTH + " random characters, the same for every replica)");
        } else if (session.get().length() < MIN_SESSION_SECRET_LENGTH) {
            problems.add("GATEWAY_SESSION_SECRET must be at least " + MIN_SESSION_SECRET_LENGTH + " characters long");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The gateway cannot start: " + String.join("; ", problems));
        }
    }

    private static Optional<String> value(Config config, String property) {
        return config.getOptionalValue(property, String.class).filter(v -> !v.isBlank());
    }
}
