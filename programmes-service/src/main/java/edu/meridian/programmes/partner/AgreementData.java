package edu.meridian.programmes.partner;

import edu.meridian.web.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What this service reads of the {@code data} of partners' agreement events; other fields are ignored. */
record AgreementData(UUID agreementId, String referenceCode, String kind, Text title, String state,
        List<UUID> partnerIds, LocalDate effectiveDate, LocalDate expiryDate, List<Condition> conditions,
        long version) {
}
