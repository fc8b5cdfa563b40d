package edu.meridian.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules pass on a service laid out as the house style says and catch each mistake in one that is not. */
class LayeringRulesTest {

    private static final String GOOD = "edu.meridian.testing.archsample.good";
    private static final String BAD = "edu.meridian.testing.archsample.bad";

    // The samples are test classes, which LayeringRules.check(String) leaves out; so they are imported here.
    private static final JavaClasses GOOD_CLASSES = new ClassFileImporter().importPackages(GOOD);
    private static final JavaClasses BAD_CLASSES = new ClassFileImporter().importPackages(BAD);

    @Test
    void aServiceLaidOutAsTheHouseStyleSaysPassesEveryRule() {
        assertThat(GOOD_CLASSES).hasSizeGreaterThan(8);
        assertThat(LayeringRules.violations(GOOD, GOOD_CLASSES)).isEmpty();
        LayeringRules.check(GOOD, GOOD_CLASSES);
    }

    @Test
    void aResourceThatUsesARepositoryOrTheEntityManagerIsReported() {
        assertThat(report(LayeringRules.resourcesDoNotTouchPersistence()))
                .contains(BAD + ".agreement.AgreementResource.get(java.util.UUID)> calls method <" + BAD
                        + ".agreement.AgreementRepository.findById")
                .contains(BAD + ".institution.InstitutionResource.<init>(jakarta.persistence.EntityManager)");
    }

    @Test
    void aDomainClassThatUsesJaxRsOrAnHttpRecordIsReported() {
        assertThat(report(LayeringRules.domainDoesNotUseTheHttpLayer(BAD)))
                .contains(BAD + ".agreement.AgreementService.find(java.util.UUID)", "jakarta.ws.rs.NotFoundException")
                .contains("<" + BAD + ".agreement.AgreementResponse>")
                .doesNotContain("AgreementResource");
    }

    @Test
    void anEntityInAResourceSignatureIsReportedAlsoInsideAGenericType() {
        assertThat(report(LayeringRules.entitiesStayOutOfResourceSignatures()))
                .contains(BAD + ".agreement.AgreementResource.get(java.util.UUID) has the entity " + BAD + ".agreement.Agreement")
                .contains(BAD + ".agreement.AgreementResource.list() has the entity " + BAD + ".agreement.Agreement");
    }

    @Test
    void aggregatesThatDependOnEachOtherAreReportedAsACycle() {
        assertThat(report(LayeringRules.aggregatePackagesAreFreeOfCycles(BAD)))
                .contains("Cycle detected: aggregate agreement -> ", "aggregate institution -> ", "aggregate agreement");
    }

    @Test
    void checkFailsWithEveryViolationAndWithNoClassesAtAll() {
        assertThat(LayeringRules.violations(BAD, BAD_CLASSES)).hasSize(4);
        assertThatThrownBy(() -> LayeringRules.check(BAD, BAD_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("AgreementRepository").hasMessageContaining("Cycle detected");
        assertThatThrownBy(() -> LayeringRules.check("edu.meridian.nosuchservice"))
                .hasMessageContaining("No main classes in edu.meridian.nosuchservice");
    }

    private static String report(ArchRule rule) {
        var result = rule.evaluate(BAD_CLASSES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(rule.evaluate(GOOD_CLASSES).hasViolation()).as(rule.getDescription() + " on the right sample").isFalse();
        return result.getFailureReport().toString();
    }
}
