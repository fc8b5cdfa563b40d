package edu.meridian.partners.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What happened with one institution: the places its mobilities used, the last day anything began, dormancy. */
public record InstitutionActivity(UUID institutionId, List<UsedPlace> mobilities, Optional<LocalDate> lastActivity,
        boolean dormant) {
}
