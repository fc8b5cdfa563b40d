package edu.meridian.programmes.call;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the office writes into a call; blank texts are already null. Destinations name only the partner: the
 * covering agreement comes from the scheme ({@link Destination}).
 */
public record CallContent(
        UUID schemeId,
        String titleZh,
        String titleEn,
        String academicYear,
        Direction direction,
        MobilityType mobilityType,
        LocalDate opensOn,
        LocalDate closesOn,
        List<Destination> wanted,
        Eligibility eligibility,
        List<RequiredDocument> requiredDocuments,
        List<Criterion> criteria,
        List<String> reviewers,
        Budget budget,
        List<CallDestination> destinations) {

    /** A destination as the office asks for it: the partner, the places and, for more than agreed, why. */
    public record Destination(UUID institutionId, int places, String overrideReason) {
    }

    public CallContent {
        wanted = wanted == null ? List.of() : List.copyOf(wanted);
        eligibility = eligibility == null ? Eligibility.none() : eligibility;
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
    }

    /** The same content with the destinations resolved against the scheme. */
    CallContent withDestinations(List<CallDestination> resolved) {
        return new CallContent(schemeId, titleZh, titleEn, academicYear, direction, mobilityType, opensOn, closesOn,
                wanted, eligibility, requiredDocuments, criteria, reviewers, budget, resolved);
    }
}
