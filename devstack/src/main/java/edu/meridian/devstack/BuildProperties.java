package edu.meridian.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The versions the build filters into {@code devstack.properties} from the root pom (Keycloak, Kafka). */
final class BuildProperties {

    private BuildProperties() {
    }

    static String get(String name) {
        try (InputStream in = BuildProperties.class.getResourceAsStream("/devstack.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(name);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("devstack.properties is missing from the build", e);
        }
    }
}
