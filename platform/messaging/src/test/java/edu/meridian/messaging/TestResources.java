package edu.meridian.messaging;

import edu.meridian.testing.KafkaResource;
import edu.meridian.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
public final class TestResources {

    private TestResources() {
    }
}
