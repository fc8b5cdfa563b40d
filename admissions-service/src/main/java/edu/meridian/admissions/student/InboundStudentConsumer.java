package edu.meridian.admissions.student;

import edu.meridian.messaging.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds programmes' mobilities into the inbound exchange students through the inbox: a redelivery has no effect. */
@ApplicationScoped
public class InboundStudentConsumer {

    /** The inbox's name of this consumer. */
    public static final String CONSUMER = "inbound-students";

    private final Inbox inbox;
    private final InboundStudents students;

    InboundStudentConsumer(Inbox inbox, InboundStudents students) {
        this.inbox = inbox;
        this.students = students;
    }

    @Incoming("programmes-mobilities")
    @Blocking
    public void mobility(String record) {
        inbox.receive(CONSUMER, record, students::apply);
    }
}
