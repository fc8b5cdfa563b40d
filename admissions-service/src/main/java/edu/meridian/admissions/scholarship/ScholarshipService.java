package edu.meridian.admissions.scholarship;

import edu.meridian.admissions.student.Student;
import edu.meridian.admissions.student.StudentService;
import edu.meridian.persistence.AcademicYear;
import edu.meridian.persistence.Revisions;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scholarship holdings of students and their annual reviews (年度评审): kept by admissions officers and office admins,
 * read by office staff, and by the student for their own. A review's outcome sets the holding's state; each academic
 * year is reviewed once. Every change is a revision.
 */
@ApplicationScoped
public class ScholarshipService {

    public static final String SCHOLARSHIP = "scholarship";

    private final ScholarshipRepository scholarships;
    private final ScholarshipReviewRepository reviews;
    private final StudentService students;
    private final Revisions revisions;
    private final Caller caller;
    private final Clock clock;

    ScholarshipService(ScholarshipRepository scholarships, ScholarshipReviewRepository reviews,
            StudentService students, Revisions revisions, Caller caller, Clock clock) {
        this.scholarships = scholarships;
        this.reviews = reviews;
        this.students = students;
        this.revisions = revisions;
        this.caller = caller;
        this.clock = clock;
    }

    /** The holdings of a student the caller may see (a 404 otherwise). */
    public List<Scholarship> ofStudent(UUID studentId) {
        return scholarships.ofStudent(students.get(studentId).id);
    }

    /** The holding, if the caller may see its student; otherwise a 404. */
    public Scholarship get(UUID id) {
        Scholarship scholarship = scholarships.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Scholarship", id));
        try {
            students.get(scholarship.studentId);
        } catch (ProblemException e) {
            throw ProblemException.notFound("Scholarship", id);
        }
        return scholarship;
    }

    public Page<Scholarship> search(ScholarshipType type, ScholarshipState state, int page, int size) {
        return scholarships.search(type, state, page, size);
    }

    public Map<UUID, List<ScholarshipReview>> reviews(List<Scholarship> list) {
        return reviews.of(list.stream().map(scholarship -> scholarship.id).toList());
    }

    @Transactional
    public Scholarship create(UUID studentId, ScholarshipContent content) {
        Student student = students.get(studentId);
        requireOfficer();
        check(content);
        Scholarship scholarship = new Scholarship();
        scholarship.id = UUID.randomUUID();
        scholarship.studentId = student.id;
        scholarship.state = ScholarshipState.active;
        scholarship.apply(content);
        scholarship.created(caller.username(), clock.instant());
        scholarships.persist(scholarship);
        scholarships.flush();
        revisions.record(SCHOLARSHIP, scholarship.id, "created", ScholarshipSnapshot.of(scholarship), caller.actor());
        return scholarship;
    }

    @Transactional
    public Scholarship update(UUID id, String ifMatch, ScholarshipContent content) {
        Scholarship scholarship = locked(id);
        requireOfficer();
        ETags.require(ifMatch, scholarship.version);
        check(content);
        scholarship.apply(content);
        scholarship.changed(caller.username(), clock.instant());
        scholarships.flush();
        revisions.record(SCHOLARSHIP, id, "updated", ScholarshipSnapshot.of(scholarship), caller.actor());
        return scholarship;
    }

    /** The annual review of one academic year: its outcome sets the state (a reduction, the amount). */
    @Transactional
    public Scholarship review(UUID id, String ifMatch, String academicYear, ReviewOutcome outcome,
            java.math.BigDecimal newAmount, String comment) {
        Scholarship scholarship = locked(id);
        requireOfficer();
        ETags.require(ifMatch, scholarship.version);
        if (scholarship.state == ScholarshipState.terminated) {
            throw ProblemException.conflict("scholarship-terminated", "Scholarship ended",
                    "A terminated scholarship is not reviewed again", Map.of());
        }
        if (reviews.exists(id, academicYear)) {
            throw ProblemException.conflict("review-exists", "Year reviewed",
                    "The academic year " + academicYear + " of this scholarship is reviewed already",
                    Map.of("academicYear", academicYear));
        }
        AcademicYear year;
        try {
            year = AcademicYear.parse(academicYear);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("academicYear", FieldErrorCode.INVALID, "must be two consecutive years, such as 2026/27");
        }
        List<Problem.FieldError> problems = ScholarshipRules.reviewProblems(content(scholarship), year, outcome,
                newAmount);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        ScholarshipReview review = new ScholarshipReview();
        review.id = UUID.randomUUID();
        review.scholarshipId = id;
        review.academicYear = academicYear;
        review.outcome = outcome;
        review.newAmount = newAmount == null ? null : newAmount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        review.comment = Strings.blankToNull(comment);
        review.reviewedBy = caller.username();
        review.reviewedAt = clock.instant();
        reviews.persist(review);
        scholarship.state = outcome.state();
        if (newAmount != null) {
            scholarship.amount = newAmount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
        scholarship.changed(caller.username(), clock.instant());
        scholarships.flush();
        revisions.record(SCHOLARSHIP, id, "reviewed-" + outcome, review.comment, ScholarshipSnapshot.of(scholarship),
                caller.actor());
        return scholarship;
    }

    private Scholarship locked(UUID id) {
        Scholarship visible = get(id);
        return scholarships.findByIdOptional(visible.id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Scholarship", id));
    }

    private void requireOfficer() {
        if (!students.mayChange()) {
            throw ProblemException.forbidden("Only admissions officers and office admins keep scholarships");
        }
    }

    private static ScholarshipContent content(Scholarship scholarship) {
        return new ScholarshipContent(scholarship.sponsor, scholarship.type, scholarship.amount, scholarship.currency,
                scholarship.periodFrom, scholarship.periodTo);
    }

    private static void check(ScholarshipContent content) {
        List<Problem.FieldError> problems = new ArrayList<>(ScholarshipRules.holdingProblems(content));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }
}
