package edu.meridian.admissions.programme;

import java.time.LocalDate;

/** What the office writes into an intake. */
public record IntakeContent(LocalDate startsOn, LocalDate applicationsOpen, LocalDate applicationsClose, int places) {
}
