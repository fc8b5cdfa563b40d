package edu.meridian.admissions.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/** An intake of a programme; the programme cannot change once the intake exists. */
public record IntakeRequest(
        @NotNull UUID programmeId,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate applicationsOpen,
        @NotNull LocalDate applicationsClose,
        @Min(1) @Max(10000) int places) {

    IntakeContent toContent() {
        return new IntakeContent(startsOn, applicationsOpen, applicationsClose, places);
    }
}
