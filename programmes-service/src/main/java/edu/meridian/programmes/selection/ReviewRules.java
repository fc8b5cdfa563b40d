package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.CallState;
import edu.meridian.programmes.call.Criterion;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem.FieldError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who reviews what. The office assigns the call's reviewers to applications; a reviewer sees and scores only what is
 * assigned to them. A reviewer who declares a conflict of interest stops counting for that application (their
 * scores are dropped, see {@link Review#withConflictDeclared()}), cannot be assigned to it again, and the application
 * needs another reviewer ({@link #shortfalls}). Reviews are given while the call is {@code in_selection}.
 */
public final class ReviewRules {

    private ReviewRules() {
    }

    /** Reviews are assigned, scored and conflicts declared only while the call is in selection. */
    public static boolean reviewing(CallState state) {
        return state == CallState.in_selection;
    }

    public static ReviewAccess access(List<Review> reviews, UUID applicationId, String reviewer) {
        return find(reviews, applicationId, reviewer)
                .map(review -> review.conflictDeclared() ? ReviewAccess.CONFLICT_DECLARED : ReviewAccess.ASSIGNED)
                .orElse(ReviewAccess.NOT_ASSIGNED);
    }

    /**
     * What stops assigning {@code reviewer} to the application of {@code applicant} (user names): they must be one
     * of the call's reviewers, not the applicant, not assigned to it already, and not have declared a conflict with it.
     */
    public static List<FieldError> assignmentProblems(List<String> callReviewers, List<Review> reviews,
            UUID applicationId, String applicant, String reviewer) {
        List<FieldError> problems = new ArrayList<>();
        if (!callReviewers.contains(reviewer)) {
            problems.add(new FieldError("reviewer", FieldErrorCode.ONE_OF, "is not one of the call's reviewers",
                    Map.of("allowed", callReviewers)));
        }
        if (reviewer.equals(applicant)) {
            problems.add(new FieldError("reviewer", FieldErrorCode.INVALID, "cannot review their own application"));
        }
        switch (access(reviews, applicationId, reviewer)) {
            case ASSIGNED -> problems.add(new FieldError("reviewer", FieldErrorCode.DUPLICATE,
                    "is already assigned to this application"));
            case CONFLICT_DECLARED -> problems.add(new FieldError("reviewer", FieldErrorCode.INVALID,
                    "declared a conflict of interest with this application; assign another reviewer"));
            case NOT_ASSIGNED -> {
            }
        }
        return problems;
    }

    /** What is wrong with scores a reviewer gives: only the call's criteria, each a whole number 0–100. */
    public static List<FieldError> scoreProblems(List<Criterion> criteria, Map<String, Integer> scores) {
        List<String> codes = criteria.stream().map(Criterion::code).toList();
        List<FieldError> problems = new ArrayList<>();
        scores.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String field = "scores." + entry.getKey();
            Integer score = entry.getValue();
            if (!codes.contains(entry.getKey())) {
                problems.add(new FieldError(field, FieldErrorCode.ONE_OF, "is not a criterion of the call",
                        Map.of("allowed", codes)));
            } else if (score == null) {
                problems.add(new FieldError(field, FieldErrorCode.REQUIRED, "must be a score"));
            } else if (score < Review.LOWEST) {
                problems.add(new FieldError(field, FieldErrorCode.MIN, "must be at least " + Review.LOWEST,
                        Map.of("value", Review.LOWEST)));
            } else if (score > Review.HIGHEST) {
                problems.add(new FieldError(field, FieldErrorCode.MAX, "must be at most " + Review.HIGHEST,
                        Map.of("value", Review.HIGHEST)));
            }
        });
        return problems;
    }

    /** The applications with fewer than {@code wanted} counted reviewers, by application id. */
    public static List<ReviewerShortfall> shortfalls(List<UUID> applications, List<Review> reviews, int wanted) {
        return applications.stream()
                .map(application -> {
                    int counted = (int) reviews.stream()
                            .filter(review -> review.applicationId().equals(application) && !review.conflictDeclared())
                            .count();
                    return new ReviewerShortfall(application, counted, wanted - counted);
                })
                .filter(shortfall -> shortfall.missing() > 0)
                .sorted(Comparator.comparing(shortfall -> shortfall.applicationId().toString()))
                .toList();
    }

    private static Optional<Review> find(List<Review> reviews, UUID applicationId, String reviewer) {
        return reviews.stream()
                .filter(review -> review.applicationId().equals(applicationId) && review.reviewer().equals(reviewer))
                .findFirst();
    }
}
