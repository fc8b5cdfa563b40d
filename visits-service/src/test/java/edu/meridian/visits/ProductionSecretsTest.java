package edu.meridian.visits;

import edu.meridian.persistence.personal.PersonalData;
import edu.meridian.testing.ServiceConfig;
import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service's application.properties: the database password has a default only in dev; in production it comes
 * only from VISITS_DB_PASSWORD. (Quarkus treats an unresolved optional property as absent, so a production start
 * without it is not stopped by configuration alone: that needs a startup check in the service.)
 */
class ProductionSecretsTest {

    @Test
    void inProductionTheDatabasePasswordComesOnlyFromTheEnvironment() {
        assertThatThrownBy(() -> ServiceConfig.of("prod", Map.of()).getValue("quarkus.datasource.password", String.class))
                .hasMessageContaining("VISITS_DB_PASSWORD");
        assertThat(ServiceConfig.of("prod", Map.of("VISITS_DB_PASSWORD", "from-a-secret"))
                .getValue("quarkus.datasource.password", String.class)).isEqualTo("from-a-secret");
    }

    @Test
    void productionRefusesToStartWithoutTheKeysThatSealPassports() {
        assertThatThrownBy(() -> PersonalData.check(ServiceConfig.of("prod", Map.of()), LaunchMode.NORMAL))
                .hasMessageContaining("meridian.personal-data.keys is required");
        assertThat(PersonalData.check(ServiceConfig.of("prod", Map.of("VISITS_PERSONAL_DATA_KEYS",
                "k1:zvvCUr6CL097JnunrAntRUlNUyo6jvef8B9u+fROLgE=")), LaunchMode.NORMAL)).isPresent();
    }

    @Test
    void onlyDevHasTheLocalDefault() {
        assertThat(ServiceConfig.of("dev", Map.of()).getValue("quarkus.datasource.password", String.class)).isEqualTo("visits");
    }

    @Test
    void productionAcceptsNoTokenOfThePasswordGrantClient() {
        assertThat(ServiceConfig.of("prod", Map.of()).getValue("meridian.token.authorised-parties", String.class))
                .isEqualTo("meridian-gateway,meridian-campus");
    }
}
