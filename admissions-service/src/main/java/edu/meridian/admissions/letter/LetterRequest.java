package edu.meridian.admissions.letter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Optional;

import static edu.meridian.web.Strings.blankToNull;

/**
 * Issuing the letter: the applicant's Chinese name as the letter prints it beside the passport name (optional, Chinese
 * characters and the middle dot of transcribed names only), and the registration days at the university.
 */
public record LetterRequest(
        @Size(max = 30) @Pattern(regexp = "[\\p{IsHan}·・ ]*", message = "must be written in Chinese characters")
        String chineseName,
        @NotNull LocalDate registrationFrom,
        @NotNull LocalDate registrationUntil) {

    LetterContent toContent() {
        return new LetterContent(Optional.ofNullable(blankToNull(chineseName)).map(String::strip), registrationFrom,
                registrationUntil);
    }
}
