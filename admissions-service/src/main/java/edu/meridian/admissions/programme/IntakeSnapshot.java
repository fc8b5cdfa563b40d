package edu.meridian.admissions.programme;

import java.time.LocalDate;
import java.util.UUID;

/** What a revision of an intake keeps. */
public record IntakeSnapshot(UUID programmeId, LocalDate startsOn, LocalDate applicationsOpen,
        LocalDate applicationsClose, int places) {

    static IntakeSnapshot of(Intake intake) {
        return new IntakeSnapshot(intake.programmeId, intake.startsOn, intake.applicationsOpen, intake.applicationsClose,
                intake.places);
    }
}
