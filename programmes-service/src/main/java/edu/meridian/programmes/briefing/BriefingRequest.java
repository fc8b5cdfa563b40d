package edu.meridian.programmes.briefing;

import edu.meridian.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

/**
 * The fields of a briefing that the office sets. {@code date}, {@code startTime} and {@code endTime} are local time at
 * the university; an online briefing needs a {@code link}, one on campus its {@code campus}.
 */
public record BriefingRequest(
        @NotNull @Valid Text title,
        @Size(max = 4000) String description,
        @NotNull BriefingFormat format,
        Campus campus,
        @Size(max = 300) String venue,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String link,
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        @NotNull LocalTime endTime,
        @NotNull @Min(1) @Max(5000) Integer capacity,
        @Size(max = 30) List<@NotNull UUID> presentingPartners,
        @Size(max = 30) List<@NotNull UUID> schemeIds,
        @Size(max = 30) List<@NotNull UUID> callIds) {

    BriefingContent toContent() {
        return new BriefingContent(title.zh().strip(), title.en().strip(), blankToNull(description), format, campus,
                blankToNull(venue), blankToNull(link), date, startTime, endTime, capacity, presentingPartners,
                schemeIds, callIds, null);
    }
}
