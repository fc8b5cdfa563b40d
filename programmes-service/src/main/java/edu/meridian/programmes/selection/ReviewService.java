package edu.meridian.programmes.selection;

import edu.meridian.programmes.application.Application;
import edu.meridian.programmes.application.ApplicationService;
import edu.meridian.programmes.application.ApplicationState;
import edu.meridian.programmes.call.Call;
import edu.meridian.programmes.call.CallService;
import edu.meridian.web.Caller;
import edu.meridian.web.ETags;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Strings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Review ({@link ReviewRules}): the office assigns the call's reviewers to the applications in selection; a reviewer
 * sees only what is assigned to them (anything else is a 404, as if it did not exist), scores it per criterion and
 * may declare a conflict of interest, after which they no longer count for it and cannot score it. All of it while the
 * call is in selection; each change holds the call's row (for share; an allocation holds it for update), so an
 * allocation never reads half a change.
 */
@ApplicationScoped
public class ReviewService {

    private final AssignmentRepository assignments;
    private final ApplicationService applications;
    private final CallService calls;
    private final Caller caller;
    private final Clock clock;

    ReviewService(AssignmentRepository assignments, ApplicationService applications, CallService calls, Caller caller,
            Clock clock) {
        this.assignments = assignments;
        this.applications = applications;
        this.calls = calls;
        this.caller = caller;
        this.clock = clock;
    }

    /** The office assigns one of the call's reviewers; the application goes under review. */
    @Transactional
    public Assignment assign(UUID applicationId, String reviewer) {
        Application application = applications.find(applicationId);
        Call call = calls.lock(application.callId, LockModeType.PESSIMISTIC_WRITE);
        requireReviewing(call);
        requireInSelection(application);
        List<Review> reviews = assignments.ofApplication(applicationId).stream().map(Assignment::review).toList();
        List<Problem.FieldError> problems = ReviewRules.assignmentProblems(call.reviewers, reviews, applicationId,
                application.applicantUsername, reviewer);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.callId = call.id;
        assignment.applicationId = applicationId;
        assignment.reviewer = reviewer;
        assignment.created(caller.username(), clock.instant());
        assignments.persist(assignment);
        assignments.flush();
        applications.putUnderReview(application);
        return assignment;
    }

    /** The assignments of an application, for the office. */
    public List<Assignment> ofApplication(UUID applicationId) {
        applications.find(applicationId);
        return assignments.ofApplication(applicationId);
    }

    /** Every assignment of a call, for the office's selection page (one request, not one per application). */
    public List<Assignment> ofCall(UUID callId) {
        calls.get(callId);
        return assignments.ofCall(callId);
    }

    /** The caller's own assignments. */
    public Page<Assignment> mine(UUID callId, int page, int size) {
        return assignments.ofReviewer(caller.username(), callId, page, size);
    }

    /** The caller's assignment to this application; 404 when they are not assigned to it. */
    public Assignment mine(UUID applicationId) {
        return assignments.of(applicationId, caller.username())
                .orElseThrow(() -> ProblemException.notFound("Application", applicationId));
    }

    /**
     * The caller's assignment to this application, for reading its documents: 404 when they are not assigned to it or
     * declared a conflict of interest with it (from then on they read no more of it).
     */
    public Assignment readable(UUID applicationId) {
        Assignment assignment = mine(applicationId);
        if (ReviewRules.access(List.of(assignment.review()), applicationId, assignment.reviewer) != ReviewAccess.ASSIGNED) {
            throw ProblemException.notFound("Application", applicationId);
        }
        return assignment;
    }

    /** The application behind one of the caller's assignments. */
    public Application applicationOf(Assignment assignment) {
        return applications.find(assignment.applicationId);
    }

    /** The reviewer's scores for the application (all they have given so far), replacing their earlier ones. */
    @Transactional
    public Assignment score(UUID applicationId, String ifMatch, Map<String, Integer> scores) {
        Assignment assignment = mine(applicationId);
        Call call = calls.lock(assignment.callId, LockModeType.PESSIMISTIC_READ);
        ETags.require(ifMatch, assignment.version);
        requireReviewing(call);
        if (ReviewRules.access(List.of(assignment.review()), applicationId, assignment.reviewer) != ReviewAccess.ASSIGNED) {
            throw ProblemException.conflict("review-conflict-declared", "Conflict of interest declared",
                    "You declared a conflict of interest with this application, so you cannot score it", Map.of());
        }
        requireInSelection(applications.find(applicationId));
        List<Problem.FieldError> problems = ReviewRules.scoreProblems(call.criteria, scores);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        assignment.scores = new HashMap<>(scores);
        assignment.changed(caller.username(), clock.instant());
        assignments.flush();
        return assignment;
    }

    /** The reviewer declares a conflict of interest: their scores are dropped and they no longer count. */
    @Transactional
    public Assignment declareConflict(UUID applicationId, String ifMatch, String reason) {
        Assignment assignment = mine(applicationId);
        Call call = calls.lock(assignment.callId, LockModeType.PESSIMISTIC_READ);
        ETags.require(ifMatch, assignment.version);
        requireReviewing(call);
        String why = Strings.blankToNull(reason);
        if (why == null) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED, "must say what the conflict of interest is");
        }
        if (assignment.conflictDeclared) {
            throw ProblemException.conflict("review-conflict-declared", "Conflict of interest declared",
                    "You already declared a conflict of interest with this application", Map.of());
        }
        Review declared = assignment.review().withConflictDeclared();
        assignment.conflictDeclared = declared.conflictDeclared();
        assignment.scores = new HashMap<>(declared.scores());
        assignment.conflictReason = why;
        assignment.changed(caller.username(), clock.instant());
        assignments.flush();
        return assignment;
    }

    private static void requireReviewing(Call call) {
        if (!ReviewRules.reviewing(call.state)) {
            throw ProblemException.conflict("call-not-in-selection", "Call not in selection",
                    "Reviews are assigned and given while the call is in_selection; this one is " + call.state, Map.of());
        }
    }

    private static void requireInSelection(Application application) {
        if (application.state != ApplicationState.eligible && application.state != ApplicationState.under_review) {
            throw ProblemException.conflict("application-not-in-selection", "Application not in selection",
                    "Only eligible applications and those under review are reviewed; this one is " + application.state,
                    Map.of());
        }
    }
}
