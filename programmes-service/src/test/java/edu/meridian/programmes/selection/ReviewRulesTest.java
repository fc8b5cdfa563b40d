package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.CallState;
import edu.meridian.programmes.call.Criterion;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static edu.meridian.programmes.selection.Selections.criterion;
import static edu.meridian.programmes.selection.Selections.id;
import static edu.meridian.programmes.selection.Selections.review;
import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of who may review what, a declared conflict and the scores a reviewer may give. */
class ReviewRulesTest {

    private static final List<String> CALL_REVIEWERS = List.of("zhao.min", "qian.lu", "sun.yi");
    private static final List<Criterion> CRITERIA = List.of(criterion("academic", 60), criterion("language", 40));
    private static final List<Review> REVIEWS = List.of(
            Review.assigned(id("ann"), "zhao.min"),
            review("ann", "qian.lu", "academic", 80),
            Review.assigned(id("bo"), "zhao.min").withConflictDeclared());

    @Test
    void aReviewerMayScoreOnlyWhatIsAssignedToThemWithoutAConflict() {
        assertThat(ReviewRules.access(REVIEWS, id("ann"), "zhao.min")).isEqualTo(ReviewAccess.ASSIGNED);
        assertThat(ReviewRules.access(REVIEWS, id("ann"), "sun.yi")).isEqualTo(ReviewAccess.NOT_ASSIGNED);
        assertThat(ReviewRules.access(REVIEWS, id("bo"), "zhao.min")).isEqualTo(ReviewAccess.CONFLICT_DECLARED);
        assertThat(ReviewRules.access(REVIEWS, id("bo"), "qian.lu")).isEqualTo(ReviewAccess.NOT_ASSIGNED);
        assertThat(Arrays.stream(ReviewAccess.values()).filter(ReviewAccess::mayScore)).containsExactly(ReviewAccess.ASSIGNED);
    }

    @Test
    void declaringAConflictDropsWhatWasScored() {
        Review scored = review("ann", "qian.lu", "academic", 80, "language", 70);

        assertThat(scored.withConflictDeclared()).isEqualTo(new Review(id("ann"), "qian.lu", true, Map.of()));
    }

    @Test
    void anAssignmentGoesToAReviewerOfTheCallWhoIsNotTheApplicantNorAlreadyOnIt() {
        assertThat(ReviewRules.assignmentProblems(CALL_REVIEWERS, REVIEWS, id("ann"), "liu.yang", "sun.yi")).isEmpty();
        assertThat(ReviewRules.assignmentProblems(CALL_REVIEWERS, REVIEWS, id("ann"), "liu.yang", "wang.fang"))
                .containsExactly(new FieldError("reviewer", FieldErrorCode.ONE_OF, "is not one of the call's reviewers",
                        Map.of("allowed", CALL_REVIEWERS)));
        assertThat(ReviewRules.assignmentProblems(CALL_REVIEWERS, REVIEWS, id("ann"), "liu.yang", "zhao.min"))
                .extracting(FieldError::code, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FieldErrorCode.DUPLICATE, "is already assigned to this application"));
        assertThat(ReviewRules.assignmentProblems(CALL_REVIEWERS, REVIEWS, id("cy"), "sun.yi", "sun.yi"))
                .extracting(FieldError::message).containsExactly("cannot review their own application");
    }

    @Test
    void aReviewerWhoDeclaredAConflictCannotBeGivenTheApplicationAgainAndItNeedsAnotherReviewer() {
        assertThat(ReviewRules.assignmentProblems(CALL_REVIEWERS, REVIEWS, id("bo"), "liu.yang", "zhao.min"))
                .extracting(FieldError::message)
                .containsExactly("declared a conflict of interest with this application; assign another reviewer");
        assertThat(ReviewRules.shortfalls(List.of(id("ann"), id("bo")), REVIEWS, 2))
                .containsExactly(new ReviewerShortfall(id("bo"), 0, 2));
        assertThat(ReviewRules.shortfalls(List.of(id("ann"), id("bo"), id("cy")), REVIEWS, 1))
                .as("by application id").containsExactlyInAnyOrder(
                        new ReviewerShortfall(id("bo"), 0, 1), new ReviewerShortfall(id("cy"), 0, 1))
                .isSortedAccordingTo(java.util.Comparator.comparing(shortfall -> shortfall.applicationId().toString()));
    }

    @Test
    void scoresAreWholeNumbersFromZeroToAHundredForTheCallsCriteria() {
        assertThat(ReviewRules.scoreProblems(CRITERIA, Map.of("academic", 0, "language", 100))).isEmpty();
        assertThat(ReviewRules.scoreProblems(CRITERIA, Map.of("academic", 75))).as("the rest may follow later").isEmpty();

        Map<String, Integer> wrong = new HashMap<>();
        wrong.put("academic", -1);
        wrong.put("language", 101);
        wrong.put("charm", 50);
        wrong.put("interview", null);
        assertThat(ReviewRules.scoreProblems(CRITERIA, wrong)).containsExactly(
                new FieldError("scores.academic", FieldErrorCode.MIN, "must be at least 0", Map.of("value", 0)),
                new FieldError("scores.charm", FieldErrorCode.ONE_OF, "is not a criterion of the call",
                        Map.of("allowed", List.of("academic", "language"))),
                new FieldError("scores.interview", FieldErrorCode.ONE_OF, "is not a criterion of the call",
                        Map.of("allowed", List.of("academic", "language"))),
                new FieldError("scores.language", FieldErrorCode.MAX, "must be at most 100", Map.of("value", 100)));
        Map<String, Integer> unscored = new HashMap<>();
        unscored.put("academic", null);
        assertThat(ReviewRules.scoreProblems(CRITERIA, unscored)).extracting(FieldError::code)
                .containsExactly(FieldErrorCode.REQUIRED);
    }

    @Test
    void reviewsAreGivenOnlyWhileTheCallIsInSelection() {
        assertThat(Arrays.stream(CallState.values()).filter(ReviewRules::reviewing)).containsExactly(CallState.in_selection);
    }
}
