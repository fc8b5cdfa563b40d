package edu.meridian.programmes.mobility;

import edu.meridian.programmes.mobility.MobilityRules.Actor;
import edu.meridian.programmes.mobility.MobilityRules.Facts;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The mobility rules with worked examples: a nursing student's semester at NUS, 10 Aug – 20 Dec 2026. */
class MobilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final Course ANATOMY = new Course("LSM2212", "Human Anatomy", new BigDecimal("4"), "NUR201",
            "Anatomy", new BigDecimal("3"));
    private static final Course NURSING = new Course(null, "Clinical Nursing I", new BigDecimal("6"), "NUR310",
            "Clinical Practice", new BigDecimal("4.5"));
    private static final Approval BY_STUDENT = new Approval("liu.yang", Instant.parse("2026-06-01T02:00:00Z"));

    @Test
    void theOfficeAloneMovesAMobilityAlongTheChain() {
        Set<Actor> office = EnumSet.of(Actor.OFFICE);
        assertThat(MobilityRules.allowed(MobilityState.planned, office))
                .containsExactlyInAnyOrder(MobilityState.ongoing, MobilityState.cancelled);
        assertThat(MobilityRules.allowed(MobilityState.ongoing, office))
                .containsExactlyInAnyOrder(MobilityState.completed, MobilityState.cancelled);
        assertThat(MobilityRules.allowed(MobilityState.completed, office)).containsExactly(MobilityState.recognised);
        assertThat(MobilityRules.allowed(MobilityState.recognised, office)).isEmpty();
        assertThat(MobilityRules.allowed(MobilityState.cancelled, office)).isEmpty();
        assertThat(MobilityRules.allowed(MobilityState.planned, EnumSet.of(Actor.PARTICIPANT, Actor.UNIT_LIAISON))).isEmpty();
        assertThat(MobilityRules.needsReason(MobilityState.cancelled)).isTrue();
        assertThat(MobilityRules.needsReason(MobilityState.ongoing)).isFalse();
    }

    @Test
    void anOutboundStudentStartsOnceArrivedWithTheAgreementApprovedByAllThree() {
        LearningAgreement listed = new LearningAgreement(List.of(ANATOMY, NURSING), Map.of());
        LearningAgreement approved = listed.approvedBy(Party.student, BY_STUDENT).approvedBy(Party.home, BY_STUDENT)
                .approvedBy(Party.host, BY_STUDENT);

        assertThat(fields(MobilityRules.notReady(facts(true, null, null, listed), MobilityState.ongoing, TODAY)))
                .containsExactly("actualStart", "learningAgreement");
        assertThat(MobilityRules.notReady(facts(true, LocalDate.of(2026, 9, 2), null, approved), MobilityState.ongoing, TODAY))
                .extracting(FieldError::code).containsExactly(FieldErrorCode.NOT_FUTURE);
        assertThat(MobilityRules.notReady(facts(true, LocalDate.of(2026, 8, 10), null, approved), MobilityState.ongoing, TODAY))
                .isEmpty();
        // Two of three approvals are not enough; a teacher's stay needs no learning agreement at all.
        LearningAgreement twoOfThree = listed.approvedBy(Party.student, BY_STUDENT).approvedBy(Party.home, BY_STUDENT);
        assertThat(fields(MobilityRules.notReady(facts(true, LocalDate.of(2026, 8, 10), null, twoOfThree),
                MobilityState.ongoing, TODAY))).containsExactly("learningAgreement");
        assertThat(MobilityRules.notReady(facts(false, LocalDate.of(2026, 8, 10), null, LearningAgreement.empty()),
                MobilityState.ongoing, TODAY)).isEmpty();
    }

    @Test
    void aStayCompletesOnceTheParticipantLeftAndIsRecognisedWithCreditsAndReport() {
        assertThat(fields(MobilityRules.notReady(facts(true, LocalDate.of(2026, 8, 10), null, LearningAgreement.empty()),
                MobilityState.completed, TODAY))).containsExactly("actualEnd");
        assertThat(MobilityRules.notReady(facts(true, LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 31),
                LearningAgreement.empty()), MobilityState.completed, TODAY)).isEmpty();

        Facts noCredits = new Facts(true, null, null, LearningAgreement.empty(), null, " ");
        assertThat(fields(MobilityRules.notReady(noCredits, MobilityState.recognised, TODAY)))
                .containsExactly("creditsRecognised", "report");
        Facts done = new Facts(true, null, null, LearningAgreement.empty(), new BigDecimal("7.5"), "Learned a lot");
        assertThat(MobilityRules.notReady(done, MobilityState.recognised, TODAY)).isEmpty();
        Facts inbound = new Facts(false, null, null, LearningAgreement.empty(), null, null);
        assertThat(MobilityRules.notReady(inbound, MobilityState.recognised, TODAY)).isEmpty();
    }

    @Test
    void datesEndAfterTheyStartActualOnesAreNotInTheFutureCreditsAtMostWhatTheAgreementPromises() {
        LearningAgreement agreement = new LearningAgreement(List.of(ANATOMY, NURSING), Map.of());
        assertThat(agreement.homeCredits()).isEqualByComparingTo("7.5");
        UUID nus = UUID.randomUUID();

        assertThat(MobilityRules.detailProblems(new MobilityContent(nus, LocalDate.of(2026, 8, 10),
                LocalDate.of(2026, 12, 20), LocalDate.of(2026, 8, 11), null, new BigDecimal("7.5")), agreement, true, TODAY))
                .isEmpty();
        assertThat(MobilityRules.detailProblems(new MobilityContent(nus, LocalDate.of(2026, 8, 10),
                        LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 5), LocalDate.of(2026, 8, 30), new BigDecimal("8")),
                agreement, true, TODAY))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("plannedEnd", FieldErrorCode.NOT_BEFORE),
                        org.assertj.core.groups.Tuple.tuple("actualEnd", FieldErrorCode.NOT_BEFORE),
                        org.assertj.core.groups.Tuple.tuple("actualStart", FieldErrorCode.NOT_FUTURE),
                        org.assertj.core.groups.Tuple.tuple("creditsRecognised", FieldErrorCode.MAX));
        assertThat(fields(MobilityRules.detailProblems(new MobilityContent(nus, null, null, null,
                LocalDate.of(2026, 8, 30), null), agreement, true, TODAY))).containsExactly("actualStart");
    }

    @Test
    void eachPartyApprovesForItselfTheOfficeForTheHostAndForAStudentWithoutAnAccount() {
        assertThat(MobilityRules.mayApprove(EnumSet.of(Actor.PARTICIPANT), true)).containsExactly(Party.student);
        assertThat(MobilityRules.mayApprove(EnumSet.of(Actor.UNIT_LIAISON), true)).containsExactly(Party.home);
        assertThat(MobilityRules.mayApprove(EnumSet.of(Actor.OFFICE), true)).containsExactly(Party.host);
        assertThat(MobilityRules.mayApprove(EnumSet.of(Actor.OFFICE), false)).containsExactlyInAnyOrder(Party.student, Party.host);
        assertThat(MobilityRules.mayApprove(EnumSet.noneOf(Actor.class), false)).isEmpty();
        assertThat(MobilityRules.mayWrite(EnumSet.of(Actor.UNIT_LIAISON))).isFalse();
        assertThat(MobilityRules.mayWrite(EnumSet.of(Actor.PARTICIPANT))).isTrue();
        assertThat(MobilityRules.reportOpen(MobilityState.planned)).isFalse();
        assertThat(MobilityRules.reportOpen(MobilityState.completed)).isTrue();
    }

    @Test
    void changingTheCoursesVoidsEveryApprovalTheSameCoursesKeepThem() {
        LearningAgreement approved = new LearningAgreement(List.of(ANATOMY), Map.of())
                .approvedBy(Party.student, BY_STUDENT).approvedBy(Party.home, BY_STUDENT).approvedBy(Party.host, BY_STUDENT);
        assertThat(approved.approved()).isTrue();

        assertThat(approved.revised(List.of(ANATOMY))).isEqualTo(approved);
        LearningAgreement changed = approved.revised(List.of(ANATOMY, NURSING));
        assertThat(changed.approvals()).isEmpty();
        assertThat(changed.approved()).isFalse();
        assertThat(LearningAgreement.empty().approvedBy(Party.student, BY_STUDENT).approved())
                .as("no courses, nothing approved").isFalse();
    }

    private static Facts facts(boolean earnsCredits, LocalDate start, LocalDate end, LearningAgreement agreement) {
        return new Facts(earnsCredits, start, end, agreement, null, null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
