package edu.meridian.programmes.application;

import edu.meridian.web.Text;

import java.time.Instant;

/** A document the host asked for: whether one is uploaded ({@code uploaded}) and verified by the office. */
public record HostRequirementResponse(
        String code,
        Text title,
        String requestedBy,
        Instant requestedAt,
        boolean uploaded,
        boolean verified) {

    static HostRequirementResponse from(ApplicationDocuments.Requirement requirement) {
        HostRequirement asked = requirement.requirement();
        return new HostRequirementResponse(asked.code(), asked.title, asked.requestedBy, asked.requestedAt,
                requirement.uploaded(), requirement.verified());
    }
}
