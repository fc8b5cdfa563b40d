package edu.meridian.admissions;

import edu.meridian.testing.KafkaResource;
import edu.meridian.testing.OidcResource;
import edu.meridian.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/** The real components every test of this module runs against; started once for the whole module. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcResource.class)
public final class TestResources {

    private TestResources() {
    }
}
