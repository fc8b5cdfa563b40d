package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceTest {

    @TempDir
    Path folder;

    @Test
    void readsEachServiceInTheOrderOfItsPort() throws IOException {
        List<Service> services = Service.readAll(file("""
                visits-service.port=8084
                visits-service.database=visits
                visits-service.gateway-env=VISITS_URL

                partners-service.port=8081
                partners-service.database=partners
                partners-service.env.PARTNERS_DB_URL=${database.url}
                partners-service.env.PARTNERS_EXPIRY_CRON=0 * * * * ?
                partners-service.gateway-env=PARTNERS_URL
                partners-service.demo=partners
                """));

        assertThat(services).extracting(Service::name).containsExactly("partners-service", "visits-service");
        Service partners = services.get(0);
        assertThat(partners.port()).isEqualTo(8081);
        assertThat(partners.url()).isEqualTo("http://localhost:8081");
        assertThat(partners.gatewayEnv()).isEqualTo("PARTNERS_URL");
        assertThat(partners.demo()).contains("partners");
        assertThat(services.get(1).demo()).isEmpty();
    }

    @Test
    void theEnvironmentNamesWhatTheLauncherStarted() throws IOException {
        Service service = Service.readAll(file("""
                programmes-service.port=8082
                programmes-service.database=programmes
                programmes-service.env.PROGRAMMES_DB_URL=${database.url}
                programmes-service.env.PROGRAMMES_DB_USER=${database.user}
                programmes-service.env.PROGRAMMES_DB_PASSWORD=${database.password}
                programmes-service.env.KAFKA_BOOTSTRAP_SERVERS=${kafka.bootstrap-servers}
                programmes-service.env.OIDC_AUTH_SERVER_URL=${oidc.realm-url}
                programmes-service.env.PROGRAMMES_GREETING=kafka at ${kafka.bootstrap-servers}, as is
                programmes-service.gateway-env=PROGRAMMES_URL
                """)).get(0);

        assertThat(service.environment("jdbc:postgresql://127.0.0.1:15432/programmes", "127.0.0.1:9092",
                "http://localhost:8180/realms/meridian", "local-1:a2V5")).containsOnly(
                entry("PROGRAMMES_DB_URL", "jdbc:postgresql://127.0.0.1:15432/programmes"),
                entry("PROGRAMMES_DB_USER", "programmes"),
                entry("PROGRAMMES_DB_PASSWORD", "programmes"),
                entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                entry("OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/meridian"),
                entry("PROGRAMMES_GREETING", "kafka at 127.0.0.1:9092, as is"));
    }

    @Test
    void aPlaceholderTheLauncherDoesNotKnowIsAnError() throws IOException {
        Service service = Service.readAll(file("""
                visits-service.port=8084
                visits-service.database=visits
                visits-service.env.VISITS_DB_URL=${db.url}
                visits-service.gateway-env=VISITS_URL
                """)).get(0);

        assertThatThrownBy(() -> service.environment("jdbc:…", "…", "…", "…"))
                .hasMessageContaining("visits-service.env.VISITS_DB_URL names ${db.url}")
                .hasMessageContaining("${database.url}");
    }

    @Test
    void aServiceWithoutDatabaseOrGatewayVariableIsAnError() throws IOException {
        assertThatThrownBy(() -> Service.readAll(file("""
                visits-service.port=8084
                visits-service.gateway-env=VISITS_URL
                """))).hasMessageContaining("has no visits-service.database");
        assertThatThrownBy(() -> Service.readAll(file("""
                visits-service.port=8084
                visits-service.database=visits
                """))).hasMessageContaining("has no visits-service.gateway-env");
    }

    @Test
    void theCommittedFileRunsPartnersServiceAsBefore() {
        List<Service> services = Service.readAll(Path.of("services.properties"));

        assertThat(services).extracting(Service::name, Service::port).containsExactly(
                tuple("partners-service", 8081),
                tuple("programmes-service", 8082),
                tuple("admissions-service", 8083),
                tuple("visits-service", 8084));
        assertThat(services.get(0).environment("jdbc:postgresql://127.0.0.1:15432/partners", "127.0.0.1:9092",
                "http://localhost:8180/realms/meridian", "local-1:a2V5")).containsOnly(
                entry("PARTNERS_DB_URL", "jdbc:postgresql://127.0.0.1:15432/partners"),
                entry("PARTNERS_DB_USER", "partners"),
                entry("PARTNERS_DB_PASSWORD", "partners"),
                entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                entry("OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/meridian"),
                entry("PARTNERS_EXPIRY_CRON", "0 * * * * ?"),
                entry("PARTNERS_DORMANCY_CRON", "30 * * * * ?"));
    }

    private Path file(String text) throws IOException {
        return Files.writeString(folder.resolve("services.properties"), text);
    }
}
