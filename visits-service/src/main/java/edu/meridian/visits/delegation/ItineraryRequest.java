package edu.meridian.visits.delegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalTime;

import static edu.meridian.web.Strings.blankToNull;

/** An itinerary item; {@code date}, {@code startTime} and {@code endTime} are local time at the university. */
public record ItineraryRequest(
        @NotNull ItineraryKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        @NotNull LocalTime endTime,
        @Size(max = 300) String venue,
        @Size(max = 200) String host,
        @Size(max = 200) String interpreter) {

    ItineraryContent toContent() {
        return new ItineraryContent(kind, title.strip(), date, startTime, endTime, blankToNull(venue), blankToNull(host),
                blankToNull(interpreter), null);
    }
}
