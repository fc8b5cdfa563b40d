package edu.meridian.testing;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import edu.meridian.testing.mappingsample.Ledger;
import edu.meridian.testing.mappingsample.Voucher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One Java type, one JDBC type code: the collision that broke admissions' schema check in CI is caught here. */
class MappingRulesTest {

    @Test
    void aListOfStringsMappedAsJsonBesideOneMappedAsAnArrayIsReportedWithBothFieldsAndAListMappedAlikeIsNot() {
        assertThatThrownBy(() -> MappingRules.check(new ClassFileImporter().importClasses(Ledger.class, Voucher.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.util.List<java.lang.String> is mapped with different JDBC type codes")
                .hasMessageContaining("Ledger.tags").hasMessageContaining("Voucher.conditions")
                .hasMessageNotContaining("java.util.List<java.util.UUID>");
    }

    @Test
    void oneEntityThatMapsEachTypeOneWayPasses() {
        assertThatCode(() -> MappingRules.check(new ClassFileImporter().importClasses(Voucher.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void aMistypedServicePackageFails() {
        assertThatThrownBy(() -> MappingRules.check("edu.meridian.nosuchservice"))
                .hasMessageContaining("No main classes in edu.meridian.nosuchservice");
    }
}
