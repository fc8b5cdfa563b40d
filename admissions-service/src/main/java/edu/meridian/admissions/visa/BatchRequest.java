package edu.meridian.admissions.visa;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

import static edu.meridian.web.Strings.blankToNull;

/** A delivery of blank forms: its type and day, and a range {@code first..last} or the list of its numbers. */
public record BatchRequest(
        @NotNull VisaFormType type,
        @NotNull LocalDate receivedOn,
        @Size(max = 14) String first,
        @Size(max = 14) String last,
        @Size(max = 10_000) List<@NotNull @Size(max = 14) String> numbers) {

    BatchContent toContent() {
        return new BatchContent(type, receivedOn, blankToNull(first), blankToNull(last), numbers);
    }
}
