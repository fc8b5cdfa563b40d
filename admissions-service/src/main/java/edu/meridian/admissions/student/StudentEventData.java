package edu.meridian.admissions.student;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * The {@code data} of student events: what the SIS, housing, IT accounts and partners' activity need without calling
 * back — kind, state, nationality, funding type, programme, intake, sending institution, cohort and unit. Never a
 * name, an account, a passport, a permit, health data or the office's reasons. A deadline event adds its deadline.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StudentEventData(
        UUID studentId,
        StudentKind kind,
        StudentState state,
        StudentState previousState,
        String nationality,
        String fundingType,
        UUID applicationId,
        UUID programmeId,
        UUID intakeId,
        UUID sendingInstitutionId,
        String cohort,
        String unit,
        Deadline deadline,
        ExamResult examResult,
        long version) {

    /** A compliance deadline near or missed: which obligation, its last day, how many days are left then. */
    public record Deadline(String item, java.time.LocalDate dueDate, long daysLeft) {
    }

    /** A licensing exam sitting of a graduate: which, where, when, and whether it was passed. */
    public record ExamResult(UUID sittingId, String country, String exam, java.time.LocalDate sitting,
            boolean passed) {
    }

    static StudentEventData of(Student student, StudentState previousState, Deadline deadline) {
        return of(student, previousState, deadline, null);
    }

    static StudentEventData of(Student student, StudentState previousState, Deadline deadline, ExamResult examResult) {
        return new StudentEventData(student.id, student.kind, student.state, previousState, student.nationality,
                student.fundingType, student.applicationId, student.programmeId, student.intakeId,
                student.sendingInstitutionId, student.cohort, student.unit, deadline, examResult, student.version);
    }
}
