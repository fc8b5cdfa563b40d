package edu.meridian.programmes.call;

import edu.meridian.web.DateRange;
import edu.meridian.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

/** The fields of a call that the office sets; a draft may leave the window and criteria for later. */
public record CallRequest(
        @NotNull UUID schemeId,
        @NotNull @Valid Text title,
        @NotNull @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be an academic year such as 2026/27") String academicYear,
        @NotNull Direction direction,
        @NotNull MobilityType mobilityType,
        DateRange window,
        @Size(max = 200) List<@NotNull @Valid CallDestinationRequest> destinations,
        @Valid Eligibility eligibility,
        @Size(max = 30) List<@NotNull @Valid RequiredDocument> requiredDocuments,
        @Size(max = 20) List<@NotNull @Valid Criterion> criteria,
        @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "must be a user name") String> reviewers,
        @Valid Budget budget) {

    /** A destination of the call's scheme, the places offered there and, for more than the agreement offers, why. */
    public record CallDestinationRequest(
            @NotNull UUID institutionId,
            @Min(1) @Max(1000) int places,
            @Size(max = 2000) String overrideReason) {
    }

    CallContent toContent() {
        return new CallContent(schemeId, title.zh().strip(), title.en().strip(), academicYear, direction, mobilityType,
                window == null ? null : window.from(), window == null ? null : window.to(),
                destinations == null ? List.of() : destinations.stream()
                        .map(d -> new CallContent.Destination(d.institutionId(), d.places(), blankToNull(d.overrideReason())))
                        .toList(),
                eligibility, requiredDocuments, criteria, reviewers, budget, List.of());
    }
}
