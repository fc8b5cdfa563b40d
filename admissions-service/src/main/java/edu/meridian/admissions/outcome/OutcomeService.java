package edu.meridian.admissions.outcome;

import edu.meridian.admissions.student.Student;
import edu.meridian.admissions.student.StudentService;
import edu.meridian.admissions.student.StudentState;
import edu.meridian.persistence.Today;
import edu.meridian.web.Caller;
import edu.meridian.web.Countries;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Graduates' licensing exam sittings: recorded by admissions officers and office admins for graduated students,
 * read by the office and by the student for their own. Each recorded result is an event.
 */
@ApplicationScoped
public class OutcomeService {

    private final ExamResultRepository results;
    private final StudentService students;
    private final Caller caller;
    private final Today today;
    private final Clock clock;

    OutcomeService(ExamResultRepository results, StudentService students, Caller caller, Today today, Clock clock) {
        this.results = results;
        this.students = students;
        this.caller = caller;
        this.today = today;
        this.clock = clock;
    }

    public List<ExamResult> ofStudent(UUID studentId) {
        return results.ofStudent(students.get(studentId).id);
    }

    @Transactional
    public ExamResult record(UUID studentId, ExamResultContent content) {
        Student student = students.get(studentId);
        if (!students.mayChange()) {
            throw ProblemException.forbidden("Only admissions officers and office admins record exam results");
        }
        if (!Countries.exists(content.country())) {
            throw ProblemException.invalid("country", FieldErrorCode.UNKNOWN_COUNTRY, "is not a country or region",
                    Map.of("value", content.country()));
        }
        if (content.satOn().isAfter(today.date())) {
            throw ProblemException.invalid("satOn", FieldErrorCode.INVALID, "must not be in the future");
        }
        if (student.state != StudentState.graduated) {
            throw ProblemException.conflict("student-not-graduated", "Not a graduate",
                    "Licensing exam results are recorded for graduates; this student is " + student.state,
                    Map.of("state", student.state));
        }
        String exam = content.exam();
        if (results.exists(student.id, content.country(), exam, content.satOn())) {
            throw ProblemException.conflict("exam-result-exists", "Result recorded",
                    "This student's result of " + exam + " on " + content.satOn() + " is recorded already", Map.of());
        }
        ExamResult result = new ExamResult();
        result.id = UUID.randomUUID();
        result.studentId = student.id;
        result.country = content.country();
        result.exam = exam;
        result.satOn = content.satOn();
        result.passed = content.passed();
        result.recordedBy = caller.username();
        result.recordedAt = clock.instant();
        results.persist(result);
        results.flush();
        students.examResultRecorded(student, result.id, result.country, result.exam, result.satOn, result.passed);
        return result;
    }
}
