package edu.meridian.admissions.student;

import java.util.List;
import java.util.UUID;

/** A student's recorded stay and the deadlines it gives, the nearest first. */
public record ComplianceResponse(UUID studentId, StayFacts facts, List<ClockResponse> clocks, long version) {
}
