package edu.meridian.admissions.student;

import edu.meridian.admissions.compliance.Alert;
import edu.meridian.admissions.compliance.AlertsToSend;
import edu.meridian.admissions.compliance.ComplianceClock;
import edu.meridian.admissions.compliance.ComplianceClocks;
import edu.meridian.admissions.compliance.CompliancePeriods;
import edu.meridian.admissions.compliance.DueThisWeek;
import edu.meridian.persistence.Revisions;
import edu.meridian.web.Caller;
import edu.meridian.web.ETags;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The compliance clocks of students, computed by {@link ComplianceClocks} from the facts the office records: each
 * student's deadlines, the staff's queue of what is due this week, and the alerts (near, missed, permit expiring),
 * each sent once as an event.
 */
@ApplicationScoped
public class StudentCompliance {

    private static final Logger LOG = Logger.getLogger(StudentCompliance.class);
    static final String JOB = "compliance-alerts";
    private static final CompliancePeriods PERIODS = CompliancePeriods.DEFAULT;
    private static final EnumSet<StudentState> STAYING = EnumSet.of(StudentState.enrolled, StudentState.suspended);

    private final StudentService service;
    private final StudentRepository students;
    private final StudentEvents events;
    private final AlertsSent sent;
    private final Revisions revisions;
    private final Caller caller;
    private final Clock clock;
    private final ComplianceClocks clocks = new ComplianceClocks(PERIODS);

    StudentCompliance(StudentService service, StudentRepository students, StudentEvents events, AlertsSent sent,
            Revisions revisions, Caller caller, Clock clock) {
        this.service = service;
        this.students = students;
        this.events = events;
        this.sent = sent;
        this.revisions = revisions;
        this.caller = caller;
        this.clock = clock;
    }

    /** What one run of the alerts did. */
    public record Result(int checked, int sent, int failed) {
    }

    public List<ComplianceClock> clocks(Student student) {
        return student.facts().toComplianceFacts().map(clocks::of).orElse(List.of()).stream()
                .sorted(Comparator.comparing(ComplianceClock::dueBy)).toList();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The office records the facts of a student's stay as it knows them now (If-Match with the student's ETag). */
    @Transactional
    public Student record(UUID id, String ifMatch, StayFacts facts) {
        Student student = service.locked(id);
        if (!service.mayChange()) {
            throw ProblemException.forbidden("Only admissions officers and office admins record a student's stay");
        }
        ETags.require(ifMatch, student.version);
        List<Problem.FieldError> problems = StayRules.problems(facts, clock.instant(), PERIODS.zone());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        student.record(facts);
        student.changed(caller.username(), clock.instant());
        students.flush();
        revisions.record(StudentService.STUDENT, id, "stay-recorded", StudentSnapshot.of(student), caller.actor());
        return student;
    }

    /** Every deadline not met whose last day is this week or earlier, of students still here; most urgent first. */
    public Page<DueThisWeek.Entry<Student>> dueThisWeek(int page, int size) {
        Map<Student, List<ComplianceClock>> all = new LinkedHashMap<>();
        for (Student student : students.staying(STAYING)) {
            all.put(student, clocks(student));
        }
        List<DueThisWeek.Entry<Student>> due = DueThisWeek.select(all, clock.instant(), PERIODS.zone());
        int from = Math.min(due.size(), page * size);
        return new Page<>(due.subList(from, Math.min(due.size(), from + size)), due.size(), page, size);
    }

    /** Sends the alert each clock of each student still here has reached, once; each student in a transaction. */
    public Result sendAlerts() {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> students.stayingIds(STAYING));
        int alerts = 0;
        int failed = 0;
        for (UUID id : ids) {
            try {
                alerts += QuarkusTransaction.requiringNew().call(() -> sendAlerts(id));
            } catch (RuntimeException e) {
                failed++;
                LOG.errorf(e, "Compliance alerts failed for student %s; the others go on", id);
            }
        }
        return new Result(ids.size(), alerts, failed);
    }

    private int sendAlerts(UUID id) {
        Student student = students.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (student == null || !STAYING.contains(student.state)) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(PERIODS.zone()).toLocalDate();
        int count = 0;
        for (ComplianceClock due : clocks(student)) {
            Alert alert = AlertsToSend.next(due, now, sent.of(student.id, due)).orElse(null);
            if (alert != null && sent.claim(student.id, due, alert, now)) {
                events.alert(student, alert, due.dueDate(), ChronoUnit.DAYS.between(today, due.dueDate()));
                count++;
            }
        }
        return count;
    }
}
