package edu.meridian.admissions.letter;

import java.time.LocalDate;
import java.util.Optional;

/** What the officer adds to the application for its letter: the Chinese name, if the applicant has one, and when to register. */
public record LetterContent(Optional<String> chineseName, LocalDate registrationFrom, LocalDate registrationUntil) {
}
