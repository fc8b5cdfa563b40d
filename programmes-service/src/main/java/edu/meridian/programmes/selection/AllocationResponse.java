package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.CallDestination;
import edu.meridian.web.Disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A call's stored allocation: the fingerprint of its inputs and whether they are still the current ones (publishing
 * needs that), how each destination's places went, and every application's result in rank order.
 */
public record AllocationResponse(
        UUID callId,
        String fingerprint,
        boolean current,
        Instant createdAt,
        String createdBy,
        List<AllocatedPlaces> destinations,
        List<ResultResponse> results) {

    /** @param lastPlaceRank the rank that got the last place allocated there; absent when none was */
    public record AllocatedPlaces(UUID institutionId, int places, int allocated, Integer lastPlaceRank) {
    }

    static AllocationResponse from(AllocationService.Stored stored) {
        List<AllocationResult> results = stored.results();
        List<AllocatedPlaces> fills = stored.call().destinations.stream().map(destination -> fill(destination, results)).toList();
        return new AllocationResponse(stored.run().callId, stored.run().fingerprint, stored.current(),
                stored.run().createdAt, stored.run().createdBy, fills,
                results.stream().map(result -> ResultResponse.from(result, Disclosure.ALL)).toList());
    }

    private static AllocatedPlaces fill(CallDestination destination, List<AllocationResult> results) {
        List<AllocationResult> there = results.stream()
                .filter(result -> destination.institutionId.equals(result.destination)).toList();
        Integer last = there.stream().map(result -> result.rank).max(Integer::compare).orElse(null);
        return new AllocatedPlaces(destination.institutionId, destination.places, there.size(), last);
    }
}
