package edu.meridian.partners.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What this service reads of the {@code data} of visits' delegation events; never a guest. */
record DelegationData(UUID delegationId, String category, LocalDate arrival, String state,
        List<UUID> partnerInstitutionIds, long version) {
}
