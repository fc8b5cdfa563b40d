package edu.meridian.admissions.student;

import edu.meridian.admissions.application.AdmissionApplication;
import edu.meridian.admissions.application.ApplicationService;
import edu.meridian.admissions.programme.Intake;
import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Versions;
import edu.meridian.web.Caller;
import edu.meridian.web.ETags;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Roles;
import edu.meridian.web.Strings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Students: an officer registers an applicant who has arrived (their application becomes {@code registered}), keeps
 * their placement and moves them through {@link StudentState}. Office staff and campus systems read every student;
 * a student reads only their own record (anyone else's is a 404). Every change is a revision.
 */
@ApplicationScoped
public class StudentService {

    public static final String STUDENT = "student";

    private final StudentRepository students;
    private final ApplicationService applications;
    private final StudentEvents events;
    private final Revisions revisions;
    private final Caller caller;
    private final Clock clock;

    StudentService(StudentRepository students, ApplicationService applications, StudentEvents events,
            Revisions revisions, Caller caller, Clock clock) {
        this.students = students;
        this.applications = applications;
        this.events = events;
        this.revisions = revisions;
        this.caller = caller;
        this.clock = clock;
    }

    /** Whether the caller reads every student (the office, campus systems) rather than only their own. */
    private boolean seesAll() {
        return caller.hasAnyRole(Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.CAMPUS_SYSTEM);
    }

    public boolean mayChange() {
        return caller.hasAnyRole(Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN);
    }

    private boolean sees(Student student) {
        return seesAll() || student.subject != null && student.subject.equals(caller.subject());
    }

    /** The student, if the caller may see them; anyone else's is a 404, whatever its id. */
    public Student get(UUID id) {
        return students.findByIdOptional(id).filter(this::sees)
                .orElseThrow(() -> ProblemException.notFound("Student", id));
    }

    Student locked(UUID id) {
        Student visible = get(id);
        return students.findByIdOptional(visible.id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Student", id));
    }

    public Page<Student> search(StudentFilter filter, int page, int size) {
        return students.search(filter, seesAll() ? null : caller.subject(), page, size);
    }

    public Versions versions() {
        return revisions.versions(STUDENT, this::get);
    }

    /** Registers an applicant who has arrived: the application becomes {@code registered}, the student enrolled. */
    @Transactional
    public Student register(UUID applicationId, Instant arrivedAt, StudentPlacement placement) {
        List<Problem.FieldError> insane = new ArrayList<>();
        StayRules.sane("arrivedAt", arrivedAt, insane);
        if (!insane.isEmpty()) {
            throw ProblemException.invalid(insane);
        }
        if (arrivedAt.isAfter(clock.instant())) {
            throw ProblemException.invalid("arrivedAt", FieldErrorCode.INVALID, "must not be in the future");
        }
        AdmissionApplication application = applications.registered(applicationId);
        if (students.ofApplication(application.id).isPresent()) {
            throw ProblemException.conflict("student-exists", "Already registered",
                    "The applicant of this application is registered already", Map.of());
        }
        Intake intake = applications.intake(applications.acceptedIntake(application));
        Student student = new Student();
        student.id = UUID.randomUUID();
        student.kind = StudentKind.degree;
        student.applicationId = application.id;
        student.subject = application.applicantSubject;
        student.username = application.applicantUsername;
        student.surname = application.surname;
        student.givenNames = application.givenNames;
        student.nationality = application.nationality;
        student.fundingType = application.funding == null ? null : application.funding.type().name();
        student.intakeId = intake.id;
        student.programmeId = intake.programmeId;
        student.arrivedAt = arrivedAt;
        student.state = StudentState.enrolled;
        student.place(placement);
        student.created(caller.username(), clock.instant());
        students.persist(student);
        students.flush();
        revisions.record(STUDENT, student.id, "registered", StudentSnapshot.of(student), caller.actor());
        events.registered(student);
        return student;
    }

    /** The office changes a student's cohort, unit or advisor (If-Match). */
    @Transactional
    public Student place(UUID id, String ifMatch, StudentPlacement placement) {
        Student student = locked(id);
        requireOfficer();
        ETags.require(ifMatch, student.version);
        student.place(placement);
        student.changed(caller.username(), clock.instant());
        students.flush();
        revisions.record(STUDENT, id, "updated", StudentSnapshot.of(student), caller.actor());
        return student;
    }

    @Transactional
    public Student transition(UUID id, String ifMatch, StudentState to, String reason) {
        Student student = locked(id);
        requireOfficer();
        ETags.require(ifMatch, student.version);
        if (!student.state.next().contains(to)) {
            throw ProblemException.illegalTransition("A student", student.state, to, allowedTransitions(student));
        }
        String why = Strings.blankToNull(reason);
        if (to.needsReason() && why == null) {
            throw ProblemException.invalid("reason", FieldErrorCode.REQUIRED, "is required to make a student " + to);
        }
        StudentState from = student.state;
        student.state = to;
        student.stateReason = why;
        student.changed(caller.username(), clock.instant());
        students.flush();
        revisions.record(STUDENT, id, to.name(), why, StudentSnapshot.of(student), caller.actor());
        events.transitioned(student, from);
        return student;
    }

    /** Tells others of a graduate's licensing exam result, in the caller's transaction (the outcome step records it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void examResultRecorded(Student student, UUID sittingId, String country, String exam,
            java.time.LocalDate satOn, boolean passed) {
        events.examResultRecorded(student, new StudentEventData.ExamResult(sittingId, country, exam, satOn, passed));
    }

    public List<StudentState> allowedTransitions(Student student) {
        return mayChange() ? student.state.next().stream().sorted().toList() : List.of();
    }

    private void requireOfficer() {
        if (!mayChange()) {
            throw ProblemException.forbidden("Only admissions officers and office admins change students");
        }
    }
}
