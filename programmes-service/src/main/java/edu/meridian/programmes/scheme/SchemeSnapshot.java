package edu.meridian.programmes.scheme;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Text;

import java.util.List;
import java.util.UUID;

/** What a revision of a scheme keeps: everything readers see except audit fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemeSnapshot(SchemeKind kind, Text title, String description, String fundingRules,
        List<Destination> destinations) {

    public record Destination(UUID institutionId, UUID agreementId) {
    }

    public static SchemeSnapshot of(Scheme scheme) {
        return new SchemeSnapshot(scheme.kind, new Text(scheme.titleZh, scheme.titleEn), scheme.description,
                scheme.fundingRules, scheme.destinations.stream()
                        .map(destination -> new Destination(destination.institutionId, destination.agreementId)).toList());
    }
}
