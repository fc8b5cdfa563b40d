package edu.meridian.gateway;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway refuses a body with a problem+json 413 only if it knows the limit of the service behind the route:
 * each route's limit is its service's {@code quarkus.http.limits.max-body-size}, and the gateway's own limit lets the
 * largest through.
 */
class BodyLimitsTest {

    private static final Pattern ROUTE = Pattern.compile("gateway\\.routes\\.([a-z]+)\\.url");
    private static final String LIMIT = "quarkus.http.limits.max-body-size";

    @Test
    void eachRouteHasTheLimitOfItsService() throws IOException {
        Properties gateway = load(Path.of("src/main/resources/application.properties"));
        long largest = 0;
        int routes = 0;
        for (String key : gateway.stringPropertyNames()) {
            Matcher route = ROUTE.matcher(key);
            if (!route.matches()) {
                continue;
            }
            String context = route.group(1);
            Properties service = load(Path.of("..", context + "-service", "src/main/resources/application.properties"));
            assertThat(service.getProperty(LIMIT)).as(context + "-service sets " + LIMIT).isNotNull();
            assertThat(gateway.getProperty("gateway.routes." + context + ".max-body-size"))
                    .as("the gateway's limit for /api/" + context).isEqualTo(service.getProperty(LIMIT));
            largest = Math.max(largest, megabytes(service.getProperty(LIMIT)));
            routes++;
        }
        assertThat(routes).isEqualTo(4);
        assertThat(megabytes(gateway.getProperty(LIMIT))).as("the gateway's own " + LIMIT).isEqualTo(largest);
    }

    private static long megabytes(String size) {
        assertThat(size).as("a size in megabytes").matches("[0-9]+M");
        return Long.parseLong(size.substring(0, size.length() - 1));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
