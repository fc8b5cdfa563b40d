package edu.meridian.admissions.student;

import edu.meridian.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

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

    /** Every type published on the topic, each with a schema and a golden example in {@code contracts/events/}. */
    public static final List<String> TYPES = List.of(REGISTERED, GRADUATED);

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

    private void publish(String type, Student student, StudentState from) {
        outbox.publish(TOPIC, type, student.id.toString(), StudentEventData.of(student, from, null));
    }
}
