package edu.meridian.persistence.personal;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The keys of personal data at rest ({@value #KEYS}), for a service that declares the setting: in production it
 * refuses to start when the setting has no value (there is no fallback key), and in every mode when a key is
 * malformed. A service that does not declare it starts as before and cannot seal anything.
 */
@ApplicationScoped
public class PersonalData {

    public static final String KEYS = "meridian.personal-data.keys";

    private final Config config;
    private volatile Sealing sealing;

    PersonalData(Config config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        check(config, LaunchMode.current()).ifPresent(keys -> sealing = new Sealing(keys));
    }

    /** Seals and opens values with the configured keys. */
    public Sealing sealing() {
        Sealing current = sealing;
        if (current == null) {
            current = new Sealing(KeyRing.parse(config.getOptionalValue(KEYS, String.class).orElse(null)));
            sealing = current;
        }
        return current;
    }

    /**
     * The key ring of a service that declares {@value #KEYS}; none for one that does not. A production start with the
     * setting declared and empty fails, naming the setting.
     */
    public static Optional<KeyRing> check(Config config, LaunchMode mode) {
        boolean declared = StreamSupport.stream(config.getPropertyNames().spliterator(), false).anyMatch(KEYS::equals);
        Optional<String> value = config.getOptionalValue(KEYS, String.class).filter(keys -> !keys.isBlank());
        if (value.isEmpty()) {
            if (declared && mode == LaunchMode.NORMAL) {
                throw new IllegalStateException("The service cannot start: " + KEYS + " is required (the keys that"
                        + " encrypt personal data at rest, id:base64key, from a Secret); there is no default key");
            }
            return Optional.empty();
        }
        return Optional.of(KeyRing.parse(value.get()));
    }
}
