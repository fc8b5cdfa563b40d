package edu.meridian.admissions.student;

import edu.meridian.admissions.compliance.Alert;
import edu.meridian.admissions.compliance.ComplianceItem;
import edu.meridian.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/**
 * What admissions-service tells others about students, on topic {@value #TOPIC}, keyed by the student id, written to
 * the outbox in the caller's transaction.
 */
@ApplicationScoped
public class StudentEvents {

    public static final String TOPIC = "admissions.students";
    private static final String PREFIX = "edu.meridian.admissions.student.";
    public static final String REGISTERED = PREFIX + "registered";
    public static final String GRADUATED = PREFIX + "graduated";
    public static final String DEADLINE_NEAR = PREFIX + "deadline-near";
    public static final String DEADLINE_MISSED = PREFIX + "deadline-missed";
    public static final String PERMIT_EXPIRING = PREFIX + "permit-expiring";
    public static final String EXAM_RESULT_RECORDED = PREFIX + "exam-result-recorded";

    /** Every type published on the topic, each with a schema and a golden example in {@code contracts/events/}. */
    public static final List<String> TYPES = List.of(REGISTERED, GRADUATED, DEADLINE_NEAR, DEADLINE_MISSED,
            PERMIT_EXPIRING, EXAM_RESULT_RECORDED);

    private final Outbox outbox;

    StudentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void registered(Student student) {
        publish(REGISTERED, student, null);
    }

    /** The event of a transition, if others are told about it. */
    void transitioned(Student student, StudentState from) {
        if (student.state == StudentState.graduated) {
            publish(GRADUATED, student, from);
        }
    }

    /** A compliance alert: a renewal alert of the permit is {@code permit-expiring}, the others near or missed. */
    void alert(Student student, Alert alert, LocalDate dueDate, long daysLeft) {
        String type = alert.kind() == Alert.Kind.deadline_missed ? DEADLINE_MISSED
                : alert.item() == ComplianceItem.permit_renewal ? PERMIT_EXPIRING : DEADLINE_NEAR;
        outbox.publish(TOPIC, type, student.id.toString(), StudentEventData.of(student, null,
                new StudentEventData.Deadline(alert.item().name(), dueDate, Math.max(0, daysLeft))));
    }

    void examResultRecorded(Student student, StudentEventData.ExamResult result) {
        outbox.publish(TOPIC, EXAM_RESULT_RECORDED, student.id.toString(),
                StudentEventData.of(student, null, null, result));
    }

    private void publish(String type, Student student, StudentState from) {
        outbox.publish(TOPIC, type, student.id.toString(), StudentEventData.of(student, from, null));
    }
}
