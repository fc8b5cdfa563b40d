package edu.meridian.partners.agreement;

import edu.meridian.web.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final UUID PARTNER = UUID.randomUUID();

    static AgreementContent content(List<UUID> partners, LocalDate effective, LocalDate expiry, boolean autoRenewal,
            Integer renewalMonths, List<Signatory> signatories, List<CooperationCondition> conditions) {
        return new AgreementContent(null, AgreementKind.student_exchange, "学生交换协议", "Student exchange", "nursing",
                partners, effective, expiry, autoRenewal, renewalMonths, null, signatories, List.of(), conditions,
                null, null);
    }

    static CooperationCondition condition(String from, String to) {
        return new CooperationCondition(CooperationCondition.Direction.outbound, null, 2, BigDecimal.valueOf(5), null,
                List.of(), List.of(), null, null, from, to);
    }

    static List<String> fields(List<Problem.FieldError> errors) {
        return errors.stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void validContentHasNoErrors() {
        AgreementContent content = content(List.of(PARTNER), TODAY, TODAY.plusYears(5), true, 12,
                List.of(new Signatory(Signatory.Side.partner, PARTNER, "Tan", null, TODAY)),
                List.of(condition("2025/26", "2029/30")));
        assertThat(AgreementRules.errorsIn(content, Set.of(PARTNER), TODAY)).isEmpty();
    }

    @Test
    void namesEveryFieldThatBreaksARule() {
        UUID unknown = UUID.randomUUID();
        AgreementContent content = content(List.of(PARTNER, PARTNER, unknown), TODAY, TODAY.minusDays(1), true, null,
                List.of(new Signatory(Signatory.Side.partner, UUID.randomUUID(), "Tan", null, TODAY.plusDays(1))),
                List.of(condition("2025/27", "2024/25"), condition("2026/27", "2025/26")));
        assertThat(fields(AgreementRules.errorsIn(content, Set.of(PARTNER), TODAY))).containsExactly(
                "partnerIds[1]", "partnerIds[2]", "expiryDate", "renewalPeriodMonths",
                "signatories[0].institutionId", "signatories[0].signedOn",
                "conditions[0].fromYear", "conditions[1].toYear");
        assertThat(AgreementRules.errorsIn(content, Set.of(PARTNER), TODAY))
                .extracting(error -> error.code().code() + " " + error.params())
                .containsExactly("duplicate {}", "unknown-reference {}", "not-before {other=effectiveDate}",
                        "required {}", "not-a-partner {}", "not-future {}", "academic-year {}",
                        "not-before {other=fromYear}");
    }

    @Test
    void anAgreementThatRenewsItselfNeedsAnExpiryDate() {
        AgreementContent content = content(List.of(), TODAY, null, true, 12, List.of(), List.of());
        assertThat(fields(AgreementRules.errorsIn(content, Set.of(), TODAY))).containsExactly("expiryDate");
    }

    @Test
    void signedAndInForceStatesNeedSignaturesPartnersAndAnEffectiveDate() {
        Agreement agreement = new Agreement();
        assertThat(AgreementRules.requirementsOf(agreement, AgreementState.approved)).isEmpty();
        assertThat(fields(AgreementRules.requirementsOf(agreement, AgreementState.signed))).containsExactly("signatories");
        assertThat(fields(AgreementRules.requirementsOf(agreement, AgreementState.active)))
                .containsExactly("signatories", "partnerIds", "effectiveDate");

        agreement.signatories = List.of(new Signatory(Signatory.Side.ours, null, "Zhang", null, TODAY),
                new Signatory(Signatory.Side.partner, PARTNER, "Tan", null, TODAY));
        agreement.partnerIds = List.of(PARTNER);
        agreement.effectiveDate = TODAY;
        assertThat(AgreementRules.requirementsOf(agreement, AgreementState.active)).isEmpty();
    }

    @Test
    void ourSignatoriesNameNoInstitution() {
        AgreementContent content = content(List.of(PARTNER), null, null, false, null,
                List.of(new Signatory(Signatory.Side.ours, PARTNER, "Zhang", null, null)), List.of());
        assertThat(AgreementRules.signatoriesOf(content)).extracting(Signatory::institutionId).containsOnlyNulls();
    }

    @Test
    void aRenewalStartsTheDayAfterAndLastsAsLong() {
        AgreementRules.Term term = AgreementRules.Term.after(LocalDate.of(2021, 9, 1), LocalDate.of(2026, 8, 31));
        assertThat(term).isEqualTo(new AgreementRules.Term(LocalDate.of(2026, 9, 1), LocalDate.of(2031, 8, 31), 5));
        assertThat(AgreementRules.Term.after(null, LocalDate.of(2026, 8, 31))).isEqualTo(AgreementRules.Term.NONE);
    }

    @Test
    void conditionsMoveOnByWholeAcademicYears() {
        CooperationCondition moved = AgreementRules.shifted(condition("2025/26", "2029/30"), 5);
        assertThat(moved.fromYear()).isEqualTo("2030/31");
        assertThat(moved.toYear()).isEqualTo("2034/35");
        assertThat(AgreementRules.shifted(condition("2099/00", null), 1).fromYear()).isEqualTo("2100/01");
        assertThat(AgreementRules.startOf("2025/27")).isNull();
    }

    @Test
    void lifecycleStepsHaveNamesInTheHistory() {
        assertThat(AgreementRules.actionOf(AgreementState.under_review)).isEqualTo("submitted");
        assertThat(AgreementRules.actionOf(AgreementState.draft)).isEqualTo("sent back");
        assertThat(AgreementRules.actionOf(AgreementState.expired)).isEqualTo("expired");
    }
}
