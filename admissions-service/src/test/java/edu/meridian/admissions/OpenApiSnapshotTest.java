package edu.meridian.admissions;

import edu.meridian.testing.OpenApiSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi.yaml is what the service really serves; the SPA and the gateway's documentation read it.
 * When the API changes, this test rewrites the file and fails once: review the diff and commit it.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    @Test
    void theCommittedOpenApiIsFresh() {
        OpenApiSnapshot.assertFresh();
    }
}
