package edu.meridian.admissions.student;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A student as the office and the student see them, with the transitions the caller may make. */
public record StudentResponse(UUID id, StudentKind kind, UUID applicationId, UUID mobilityId, String username,
        String surname, String givenNames, String nationality, String fundingType, UUID programmeId, UUID intakeId,
        UUID sendingInstitutionId, String cohort, String unit, String advisor, Instant arrivedAt, StudentState state,
        String stateReason, List<StudentState> allowedTransitions, long version, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {

    static StudentResponse from(Student student, List<StudentState> allowedTransitions) {
        return new StudentResponse(student.id, student.kind, student.applicationId, student.mobilityId,
                student.username, student.surname, student.givenNames, student.nationality, student.fundingType,
                student.programmeId, student.intakeId, student.sendingInstitutionId, student.cohort, student.unit,
                student.advisor, student.arrivedAt, student.state, student.stateReason, allowedTransitions,
                student.version, student.createdAt, student.createdBy, student.updatedAt, student.updatedBy);
    }
}
