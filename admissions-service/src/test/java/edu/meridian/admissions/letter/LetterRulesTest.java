package edu.meridian.admissions.letter;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LetterRulesTest {

    @Test
    void thePassportNameIsSurnameThenGivenNamesAndAOneNamePassportHasOne() {
        assertThat(LetterRules.passportName("KHAN", "AYESHA")).isEqualTo("KHAN AYESHA");
        assertThat(LetterRules.passportName(" NGUYỄN ", "VĂN AN")).isEqualTo("NGUYỄN VĂN AN");
        assertThat(LetterRules.passportName(null, "SUKARNO")).isEqualTo("SUKARNO");
        assertThat(LetterRules.passportName("SUKARNO", " ")).isEqualTo("SUKARNO");
    }

    @Test
    void registrationMayBeOneDayButNeverEndBeforeItStarts() {
        LocalDate day = LocalDate.of(2027, 9, 1);
        assertThat(LetterRules.registrationProblems(day, day)).isEmpty();
        assertThat(LetterRules.registrationProblems(day, day.plusDays(9))).isEmpty();
        assertThat(LetterRules.registrationProblems(day, day.minusDays(1))).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("registrationUntil"));
    }
}
