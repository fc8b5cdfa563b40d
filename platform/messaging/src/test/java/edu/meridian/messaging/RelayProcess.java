package edu.meridian.messaging;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The relay of another replica of the test application, run in a JVM of its own by {@link OutboxRelayRecoveryTest}:
 * {@code java RelayProcess <jdbc-url> <user> <password> <bootstrap-servers>}. It relays until its standard input
 * closes, or until it is killed.
 */
public final class RelayProcess {

    private RelayProcess() {
    }

    public static void main(String[] args) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(MessagingConfig.class)
                .withSources(new PropertiesConfigSource(Map.of("quarkus.application.name", "messaging-test"),
                        "relay-process", 100))
                .build();
        UnpooledConnections connections = new UnpooledConnections(args[0], Optional.of(args[1]), Optional.of(args[2]));
        OutboxRelay relay = new OutboxRelay(connections, config.getConfigMapping(MessagingConfig.class),
                Map.of("bootstrap.servers", args[3]));
        relay.start();
        System.out.println("relaying");
        while (System.in.read() >= 0) {
            // until the test closes our input
        }
        relay.stop();
    }
}
