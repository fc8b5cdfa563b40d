package edu.meridian.admissions.programme;

import edu.meridian.web.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An intake with its programme's code and name, and whether it takes applications today. */
public record IntakeResponse(UUID id, UUID programmeId, String programmeCode, Text programmeName, LocalDate startsOn,
        LocalDate applicationsOpen, LocalDate applicationsClose, boolean takingApplications, int places, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static IntakeResponse from(Intake intake, DegreeProgramme programme, LocalDate today) {
        return new IntakeResponse(intake.id, intake.programmeId, programme.code,
                new Text(programme.nameZh, programme.nameEn), intake.startsOn, intake.applicationsOpen,
                intake.applicationsClose, intake.takesApplications(today), intake.places, intake.version,
                intake.createdAt, intake.createdBy, intake.updatedAt, intake.updatedBy);
    }
}
