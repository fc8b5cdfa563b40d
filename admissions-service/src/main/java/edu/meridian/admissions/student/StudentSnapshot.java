package edu.meridian.admissions.student;

import java.time.Instant;
import java.util.UUID;

/** What a revision of a student keeps: placement, arrival and state; names stay with the application. */
public record StudentSnapshot(StudentKind kind, UUID programmeId, String cohort, String unit, String advisor,
        Instant arrivedAt, StudentState state, String stateReason) {

    static StudentSnapshot of(Student student) {
        return new StudentSnapshot(student.kind, student.programmeId, student.cohort, student.unit, student.advisor,
                student.arrivedAt, student.state, student.stateReason);
    }
}
