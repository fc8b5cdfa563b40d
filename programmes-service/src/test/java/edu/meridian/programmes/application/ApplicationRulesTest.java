package edu.meridian.programmes.application;

import edu.meridian.programmes.application.ApplicationRules.Actor;
import edu.meridian.programmes.call.CallState;
import edu.meridian.programmes.call.Direction;
import edu.meridian.programmes.call.MobilityType;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;
import edu.meridian.web.Roles;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static edu.meridian.programmes.application.ApplicationState.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of who moves an application where, when a call takes applications, and which choices are valid. */
class ApplicationRulesTest {

    private static final Set<Actor> APPLICANT = EnumSet.of(Actor.APPLICANT);
    private static final Set<Actor> OFFICE = EnumSet.of(Actor.OFFICE);
    private static final Set<Actor> NOBODY = EnumSet.noneOf(Actor.class);

    @Test
    void theApplicantSubmitsTheirDraftOnlyWhileTheCallIsOpenAndMayAlwaysWithdrawIt() {
        assertThat(ApplicationRules.allowed(draft, APPLICANT, true)).containsExactlyInAnyOrder(submitted, withdrawn);
        assertThat(ApplicationRules.allowed(draft, APPLICANT, false)).containsExactly(withdrawn);
        assertThat(ApplicationRules.allowed(draft, OFFICE, true)).as("a draft is the applicant's alone").isEmpty();
    }

    @Test
    void theApplicantOnlyWithdrawsAfterSubmissionAndNotOnceConfirmedOrEnded() {
        for (ApplicationState state : List.of(eligible, under_review, selected, waitlisted, nominated, accepted_by_host)) {
            assertThat(ApplicationRules.allowed(state, APPLICANT, true)).as(state.name()).containsExactly(withdrawn);
        }
        for (ApplicationState state : List.of(ineligible, rejected, rejected_by_host, confirmed, withdrawn)) {
            assertThat(ApplicationRules.allowed(state, APPLICANT, true)).as(state.name()).isEmpty();
        }
    }

    @Test
    void theOfficeRunsReviewSelectionNominationAndTheHostsAnswer() {
        assertThat(ApplicationRules.allowed(eligible, OFFICE, false)).containsExactlyInAnyOrder(under_review, withdrawn);
        assertThat(ApplicationRules.allowed(ineligible, OFFICE, false)).as("admit with a reason").containsExactly(eligible);
        assertThat(ApplicationRules.allowed(under_review, OFFICE, false))
                .containsExactlyInAnyOrder(selected, waitlisted, rejected, withdrawn);
        assertThat(ApplicationRules.allowed(waitlisted, OFFICE, false)).containsExactlyInAnyOrder(selected, rejected, withdrawn);
        assertThat(ApplicationRules.allowed(selected, OFFICE, false)).containsExactlyInAnyOrder(nominated, withdrawn);
        assertThat(ApplicationRules.allowed(nominated, OFFICE, false))
                .containsExactlyInAnyOrder(accepted_by_host, rejected_by_host, withdrawn);
        assertThat(ApplicationRules.allowed(accepted_by_host, OFFICE, false)).containsExactlyInAnyOrder(confirmed, withdrawn);
        assertThat(ApplicationRules.allowed(confirmed, OFFICE, false)).isEmpty();
    }

    @Test
    void nobodyMovesASubmittedApplicationButTheEligibilityCheckAndOthersMoveNothing() {
        assertThat(ApplicationRules.allowed(submitted, EnumSet.allOf(Actor.class), true)).isEmpty();
        assertThat(ApplicationRules.allowed(under_review, NOBODY, true)).isEmpty();
        assertThat(submitted.next()).containsExactlyInAnyOrder(eligible, ineligible);
    }

    @Test
    void rejectionsAdmittingTheIneligibleAndTheOfficesWithdrawalsNeedAReason() {
        assertThat(ApplicationRules.needsReason(under_review, rejected, OFFICE)).isTrue();
        assertThat(ApplicationRules.needsReason(nominated, rejected_by_host, OFFICE)).isTrue();
        assertThat(ApplicationRules.needsReason(ineligible, eligible, OFFICE)).isTrue();
        assertThat(ApplicationRules.needsReason(selected, withdrawn, OFFICE)).isTrue();
        assertThat(ApplicationRules.needsReason(selected, withdrawn, APPLICANT)).as("one's own choice").isFalse();
        assertThat(ApplicationRules.needsReason(under_review, selected, OFFICE)).isFalse();
        assertThat(ApplicationRules.needsReason(draft, submitted, APPLICANT)).isFalse();
    }

    @Test
    void aCallTakesApplicationsWhileOpenFromItsFirstToItsLastDay() {
        LocalDate opens = LocalDate.of(2026, 3, 1);
        LocalDate closes = LocalDate.of(2026, 3, 31);
        assertThat(ApplicationRules.closedBecause(CallState.open, opens, closes, opens)).isEmpty();
        assertThat(ApplicationRules.closedBecause(CallState.open, opens, closes, closes)).as("the deadline day itself").isEmpty();
        assertThat(ApplicationRules.closedBecause(CallState.open, opens, closes, closes.plusDays(1)))
                .contains("the call's deadline was 2026-03-31");
        assertThat(ApplicationRules.closedBecause(CallState.open, opens, closes, opens.minusDays(1)))
                .contains("the call opens on 2026-03-01");
        assertThat(ApplicationRules.closedBecause(CallState.closed, opens, closes, opens)).contains("the call is closed, not open");
    }

    @Test
    void choicesAreDestinationsOfTheCallEachNamedOnce() {
        UUID nus = UUID.randomUUID();
        UUID ntu = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        assertThat(ApplicationRules.choiceProblems(List.of(ntu, nus), Set.of(nus, ntu))).isEmpty();
        List<FieldError> problems = ApplicationRules.choiceProblems(List.of(nus, elsewhere, nus), Set.of(nus, ntu));
        assertThat(problems).extracting(FieldError::field).containsExactly("choices[1]", "choices[2]");
        assertThat(problems).extracting(FieldError::code)
                .containsExactly(FieldErrorCode.NOT_A_DESTINATION, FieldErrorCode.DUPLICATE);
    }

    @Test
    void studentsApplyToOutboundStudentCallsTeachersToStaffCallsApplicantsToInboundCalls() {
        Set<String> student = Set.of(Roles.STUDENT);
        Set<String> faculty = Set.of(Roles.FACULTY);
        Set<String> applicant = Set.of(Roles.APPLICANT);
        assertThat(ApplicationRules.mayNotApply(student, Direction.outbound, MobilityType.student_study)).isEmpty();
        assertThat(ApplicationRules.mayNotApply(student, Direction.outbound, MobilityType.student_traineeship)).isEmpty();
        assertThat(ApplicationRules.mayNotApply(student, Direction.outbound, MobilityType.staff_teaching))
                .contains("is a call for home teachers and staff");
        assertThat(ApplicationRules.mayNotApply(faculty, Direction.outbound, MobilityType.staff_training)).isEmpty();
        assertThat(ApplicationRules.mayNotApply(faculty, Direction.outbound, MobilityType.student_study))
                .contains("is a call for home students");
        assertThat(ApplicationRules.mayNotApply(applicant, Direction.inbound, MobilityType.student_study)).isEmpty();
        assertThat(ApplicationRules.mayNotApply(applicant, Direction.outbound, MobilityType.student_study)).isPresent();
        assertThat(ApplicationRules.mayNotApply(student, Direction.inbound, MobilityType.student_study))
                .contains("is an inbound call: international applicants apply to it");
    }

    @Test
    void submittingNeedsAStatement() {
        UUID nus = UUID.randomUUID();
        assertThat(ApplicationRules.submissionProblems("Why NUS", List.of(nus))).isEmpty();
        assertThat(ApplicationRules.submissionProblems(" ", List.of(nus))).extracting(FieldError::field).containsExactly("statement");
    }
}
