package edu.meridian.admissions;

import edu.meridian.testing.Callers;
import edu.meridian.testing.Observability;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservabilityTest {

    @Test
    void healthAndMetricsAreOpenToTheCluster() {
        Observability.assertHealthAndMetricsAreOpen();
    }

    @Test
    void requestLatencyIsCountedInBucketsForPercentiles() {
        Observability.assertLatencyIsBucketed("/api/admissions/programmes", Callers.WANG_FANG);
    }

    @Test
    void theRequestIdOfTheGatewayIsKeptAndOneIsMadeWhenMissing() {
        Observability.assertRequestIdsAreKept("/api/admissions/programmes", Callers.WANG_FANG);
    }
}
