package edu.meridian.admissions;

import edu.meridian.testing.LayeringRules;
import edu.meridian.testing.MappingRules;
import org.junit.jupiter.api.Test;

/** The house-style layering and entity mapping rules (platform/testing) hold for this service's main classes. */
class LayeringRulesTest {

    @Test
    void theLayeringRulesHold() {
        LayeringRules.check("edu.meridian.admissions");
    }

    @Test
    void eachJavaTypeHasOneJdbcTypeInTheEntities() {
        MappingRules.check("edu.meridian.admissions");
    }
}
