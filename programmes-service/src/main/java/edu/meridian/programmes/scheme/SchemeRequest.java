package edu.meridian.programmes.scheme;

import edu.meridian.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

/** The fields of a scheme that the office sets. */
public record SchemeRequest(
        @NotNull SchemeKind kind,
        @NotNull @Valid Text title,
        @Size(max = 4000) String description,
        @Size(max = 4000) String fundingRules,
        @Size(max = 200) List<@NotNull @Valid SchemeDestinationRequest> destinations) {

    /** A partner institution and the agreement (of the partners projection) that covers exchanges with it. */
    public record SchemeDestinationRequest(@NotNull UUID institutionId, @NotNull UUID agreementId) {
    }

    SchemeContent toContent() {
        return new SchemeContent(kind, title.zh().strip(), title.en().strip(), blankToNull(description),
                blankToNull(fundingRules), destinations == null ? List.of() : destinations.stream()
                        .map(destination -> new SchemeDestination(destination.institutionId(), destination.agreementId()))
                        .toList());
    }
}
