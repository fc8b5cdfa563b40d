package edu.meridian.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/**
 * The committed OpenAPI document of a service is what it really serves; the SPA, campus IT and the gateway's
 * documentation read it. A service's test calls {@code OpenApiSnapshot.assertFresh();} in a {@code @QuarkusTest}.
 */
public final class OpenApiSnapshot {

    private OpenApiSnapshot() {
    }

    /** Compares {@code openapi.yaml} of the module under test (the working directory of its tests). */
    public static void assertFresh() {
        assertFresh(Path.of("openapi.yaml"));
    }

    /**
     * Compares the file with the live {@code /q/openapi} in YAML. When they differ, the file is rewritten with what
     * is served and the check fails: reviewing and committing the rewritten file accepts the change.
     */
    public static void assertFresh(Path snapshot) {
        String live = given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        try {
            if (Files.exists(snapshot) && Files.readString(snapshot, StandardCharsets.UTF_8).equals(live)) {
                return;
            }
            boolean existed = Files.exists(snapshot);
            Files.writeString(snapshot, live, StandardCharsets.UTF_8);
            Path file = snapshot.toAbsolutePath();
            throw new AssertionError((existed ? file + " was stale" : file + " did not exist")
                    + "; it now holds the OpenAPI document the service serves. If the API change is intended, review it"
                    + " (git diff " + file + ") and commit it; otherwise change the code back.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
