package edu.meridian.persistence;

import edu.meridian.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

@QuarkusTestResource(PostgresResource.class)
public final class TestResources {

    private TestResources() {
    }
}
