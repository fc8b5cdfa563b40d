package edu.meridian.admissions.compliance;

import java.time.Duration;

/**
 * One threshold of a clock: "deadline near" with the time left when it starts ({@code lead}), or "deadline missed"
 * (lead zero). A service emits each alert of a clock once: the pair (item, kind, lead) names it.
 */
public record Alert(ComplianceItem item, Kind kind, Duration lead) {

    public enum Kind {
        deadline_near, deadline_missed
    }

    static Alert near(ComplianceItem item, Duration lead) {
        return new Alert(item, Kind.deadline_near, lead);
    }

    static Alert missed(ComplianceItem item) {
        return new Alert(item, Kind.deadline_missed, Duration.ZERO);
    }
}
