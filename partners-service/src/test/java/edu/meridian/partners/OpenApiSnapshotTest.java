package edu.meridian.partners;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed openapi.yaml is what the service really serves; the SPA and the gateway's documentation read it.
 * After changing the API, refresh it with {@code ./mvnw -pl partners-service test -Dtest=OpenApiSnapshotTest -Dopenapi.write=true}.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    private static final Path SNAPSHOT = Path.of("openapi.yaml");

    @Test
    void theCommittedOpenApiIsFresh() throws IOException {
        String live = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(SNAPSHOT, live);
        }
        assertThat(SNAPSHOT).as("partners-service/openapi.yaml; refresh it with -Dopenapi.write=true").exists();
        assertThat(Files.readString(SNAPSHOT))
                .as("partners-service/openapi.yaml is stale; refresh it with -Dopenapi.write=true")
                .isEqualTo(live);
    }
}
