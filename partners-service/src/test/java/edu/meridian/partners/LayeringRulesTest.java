package edu.meridian.partners;

import com.tngtech.archunit.core.domain.JavaClasses;
import edu.meridian.testing.LayeringRules;
import org.junit.jupiter.api.Test;

/**
 * The house-style layering of platform/testing's LayeringRules, on this service's main classes.
 * Two of its four rules still fail here (resources read Revisions, a repository, themselves; Csv and
 * InstitutionImport use JAX-RS and InstitutionRequest outside the HTTP layer); once they pass, this test becomes
 * {@code LayeringRules.check("edu.meridian.partners")}.
 */
class LayeringRulesTest {

    private static final String BASE = "edu.meridian.partners";

    @Test
    void entitiesStayOutOfResourceSignaturesAndAggregatesHaveNoCycles() {
        JavaClasses classes = LayeringRules.mainClasses(BASE);
        LayeringRules.entitiesStayOutOfResourceSignatures().check(classes);
        LayeringRules.aggregatePackagesAreFreeOfCycles(BASE).check(classes);
    }
}
