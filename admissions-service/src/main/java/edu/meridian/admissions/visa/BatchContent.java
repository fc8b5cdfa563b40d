package edu.meridian.admissions.visa;

import java.time.LocalDate;
import java.util.List;

/** A delivery as the office records it: a range {@code first..last}, or the numbers one by one. */
public record BatchContent(VisaFormType type, LocalDate receivedOn, String first, String last, List<String> numbers) {

    public BatchContent {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }
}
