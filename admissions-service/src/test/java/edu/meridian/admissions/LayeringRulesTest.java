package edu.meridian.admissions;

import edu.meridian.testing.LayeringRules;
import org.junit.jupiter.api.Test;

/** The house-style layering (platform/testing's LayeringRules) holds for this service's main classes. */
class LayeringRulesTest {

    @Test
    void theLayeringRulesHold() {
        LayeringRules.check("edu.meridian.admissions");
    }
}
