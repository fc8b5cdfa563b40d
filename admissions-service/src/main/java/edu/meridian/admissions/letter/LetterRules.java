package edu.meridian.admissions.letter;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a letter needs of its application and of the officer's request before it is printed. */
public final class LetterRules {

    /** The currency the letter's wording states tuition in (人民币 / CNY). */
    public static final String LETTER_CURRENCY = "CNY";

    private LetterRules() {
    }

    /** The name as the passport prints it, surname first: {@code KHAN AYESHA}; a passport with one name has one. */
    public static String passportName(String surname, String givenNames) {
        return Stream.of(surname, givenNames).filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
    }

    /** Registration is a span of days: it does not end before it starts. */
    public static List<Problem.FieldError> registrationProblems(LocalDate from, LocalDate until) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (until.isBefore(from)) {
            problems.add(new Problem.FieldError("registrationUntil", FieldErrorCode.NOT_BEFORE,
                    "must not be before registrationFrom", Map.of("other", "registrationFrom")));
        }
        return problems;
    }
}
