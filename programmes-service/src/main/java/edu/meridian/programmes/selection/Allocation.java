package edu.meridian.programmes.selection;

import java.util.List;

/** The result of an allocation: one decision per ranked application in rank order, and each destination's fill in the call's order. */
public record Allocation(List<AllocationDecision> decisions, List<DestinationFill> destinations) {

    public Allocation {
        decisions = List.copyOf(decisions);
        destinations = List.copyOf(destinations);
    }

    /** The waitlisted applications, first to move up first. */
    public List<AllocationDecision> waitlist() {
        return decisions.stream().filter(decision -> decision.outcome() == AllocationOutcome.waitlisted).toList();
    }
}
