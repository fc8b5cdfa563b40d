package edu.meridian.programmes.selection;

import edu.meridian.programmes.call.CallDestination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The allocation of a call's places from a complete ranking: in rank order, each application gets its highest choice
 * that still has a place; an application whose choices are all full is waitlisted, the waitlist in rank order. Every
 * decision carries its explanation. Nobody gets two places and no destination gets more than its places, since each
 * application is decided once and takes a place only while one is left. The same ranking and places always give the
 * same allocation.
 */
public final class AllocationRules {

    private AllocationRules() {
    }

    /**
     * @throws IllegalArgumentException when the ranking is not complete (allocating before every application is
     *                                  scored would be unfair to those not yet scored), a destination is listed
     *                                  twice or with fewer than 0 places, or a choice is not a destination of the call
     */
    public static Allocation allocate(Ranking ranking, List<CallDestination> destinations) {
        if (!ranking.isComplete()) {
            throw new IllegalArgumentException(ranking.unranked().size() + " applications are not fully scored yet");
        }
        Map<UUID, Tally> tallies = tallies(destinations);
        List<AllocationDecision> decisions = new ArrayList<>();
        int waitlisted = 0;
        for (RankedCandidate ranked : ranking.ranked()) {
            AllocationDecision decision = decide(ranked, tallies, waitlisted + 1);
            if (decision.outcome() == AllocationOutcome.waitlisted) {
                waitlisted++;
            }
            decisions.add(decision);
        }
        return new Allocation(decisions, tallies.values().stream().map(Tally::fill).toList());
    }

    private static Map<UUID, Tally> tallies(List<CallDestination> destinations) {
        Map<UUID, Tally> tallies = new LinkedHashMap<>();
        for (CallDestination destination : destinations) {
            if (destination.places < 0) {
                throw new IllegalArgumentException("destination " + destination.institutionId + " has fewer than 0 places");
            }
            if (tallies.put(destination.institutionId, new Tally(destination.institutionId, destination.places)) != null) {
                throw new IllegalArgumentException("destination " + destination.institutionId + " is listed twice");
            }
        }
        return tallies;
    }

    private static AllocationDecision decide(RankedCandidate ranked, Map<UUID, Tally> tallies, int nextWaitlistPosition) {
        Candidate candidate = ranked.candidate();
        List<Reason> explanation = new ArrayList<>();
        for (int i = 0; i < candidate.choices().size(); i++) {
            int choice = i + 1;
            Tally tally = tallies.get(candidate.choices().get(i));
            if (tally == null) {
                throw new IllegalArgumentException("choice " + choice + " of application " + candidate.applicationId()
                        + " is not a destination of the call");
            }
            if (tally.hasPlaceLeft()) {
                tally.allocate(ranked.rank());
                explanation.add(new Reason(ReasonCode.ALLOCATED, Map.of("choice", choice, "destination", tally.institutionId)));
                return new AllocationDecision(candidate.applicationId(), ranked.rank(), AllocationOutcome.allocated,
                        tally.institutionId, choice, null, explanation);
            }
            explanation.add(tally.whyNoPlace(choice));
        }
        explanation.add(Reason.of(ReasonCode.WAITLISTED, "position", nextWaitlistPosition));
        return new AllocationDecision(candidate.applicationId(), ranked.rank(), AllocationOutcome.waitlisted, null, null,
                nextWaitlistPosition, explanation);
    }

    /** The places of one destination as the allocation hands them out. */
    private static final class Tally {

        private final UUID institutionId;
        private final int places;
        private int allocated;
        private Integer lastPlaceRank;

        Tally(UUID institutionId, int places) {
            this.institutionId = institutionId;
            this.places = places;
        }

        boolean hasPlaceLeft() {
            return allocated < places;
        }

        void allocate(int rank) {
            allocated++;
            lastPlaceRank = rank;
        }

        Reason whyNoPlace(int choice) {
            if (places == 0) {
                return new Reason(ReasonCode.CHOICE_WITHOUT_PLACES, Map.of("choice", choice, "destination", institutionId));
            }
            return new Reason(ReasonCode.CHOICE_FULL, Map.of("choice", choice, "destination", institutionId,
                    "places", places, "lastPlaceRank", lastPlaceRank));
        }

        DestinationFill fill() {
            return new DestinationFill(institutionId, places, allocated, lastPlaceRank);
        }
    }
}
