package edu.meridian.admissions.student;

import edu.meridian.messaging.CloudEvent;
import edu.meridian.messaging.ProjectionRules;
import edu.meridian.persistence.Revisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Inbound exchange students from programmes' mobility events, inside the inbox's transaction: an inbound student
 * mobility makes an enrolled exchange student; its cancellation withdraws them. Each event carries the mobility's
 * full state, so the newest version wins and an older or repeated one changes nothing.
 */
@ApplicationScoped
public class InboundStudents {

    static final String JOB = "programmes-mobilities";
    private static final String MOBILITY_TYPES = "edu.meridian.programmes.mobility.";

    private final StudentRepository students;
    private final StudentEvents events;
    private final Revisions revisions;
    private final Clock clock;

    InboundStudents(StudentRepository students, StudentEvents events, Revisions revisions, Clock clock) {
        this.students = students;
        this.events = events;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** An event of {@code programmes.mobilities}; grants, outbound stays and teachers are not students here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        if (event.type() == null || !event.type().startsWith(MOBILITY_TYPES) || event.type().endsWith(".grant-awarded")) {
            return;
        }
        MobilityData data = event.data(MobilityData.class);
        if (data.mobilityId() == null || !data.inboundStudent()) {
            return;
        }
        Student held = students.ofMobility(data.mobilityId()).orElse(null);
        if (!ProjectionRules.replaces(held == null ? null : held.mobilityVersion, data.version(), false)) {
            return;
        }
        if (held == null) {
            create(data);
        } else {
            update(held, data);
        }
    }

    private void create(MobilityData data) {
        Student student = new Student();
        student.id = UUID.randomUUID();
        student.kind = StudentKind.exchange;
        student.mobilityId = data.mobilityId();
        student.mobilityVersion = data.version();
        student.subject = data.participantId();
        student.sendingInstitutionId = data.institutionId();
        student.cohort = data.academicYear();
        student.state = data.cancelled() ? StudentState.withdrawn : StudentState.enrolled;
        student.created(JOB, clock.instant());
        students.persist(student);
        students.flush();
        revisions.record(StudentService.STUDENT, student.id, "registered", StudentSnapshot.of(student), JOB);
        events.registered(student);
    }

    private void update(Student student, MobilityData data) {
        student.mobilityVersion = data.version();
        student.subject = data.participantId();
        student.sendingInstitutionId = data.institutionId();
        student.cohort = data.academicYear();
        if (data.cancelled() && student.state.next().contains(StudentState.withdrawn)) {
            student.state = StudentState.withdrawn;
        }
        student.changed(JOB, clock.instant());
        students.flush();
        revisions.record(StudentService.STUDENT, student.id, "updated", StudentSnapshot.of(student), JOB);
    }
}
