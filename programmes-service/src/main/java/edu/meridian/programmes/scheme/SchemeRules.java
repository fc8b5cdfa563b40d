package edu.meridian.programmes.scheme;

import edu.meridian.programmes.partner.PartnerAgreement;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A scheme's destinations: each a partner institution known from partners' events, named once, with an agreement
 * (not deleted) that names that institution as a partner. Whether the agreement is in force matters when a call opens,
 * not here: a scheme outlives its agreements.
 */
public final class SchemeRules {

    private SchemeRules() {
    }

    public static List<Problem.FieldError> destinationProblems(List<SchemeDestination> destinations,
            Map<UUID, PartnerInstitution> institutions, Map<UUID, PartnerAgreement> agreements) {
        List<Problem.FieldError> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < destinations.size(); i++) {
            SchemeDestination destination = destinations.get(i);
            String field = "destinations[" + i + "]";
            if (!institutions.containsKey(destination.institutionId)) {
                problems.add(new Problem.FieldError(field + ".institutionId", FieldErrorCode.UNKNOWN_REFERENCE,
                        "is not a known partner institution"));
            } else if (!seen.add(destination.institutionId)) {
                problems.add(new Problem.FieldError(field + ".institutionId", FieldErrorCode.DUPLICATE,
                        "is already a destination of this scheme"));
            }
            PartnerAgreement agreement = agreements.get(destination.agreementId);
            if (agreement == null || agreement.deleted) {
                problems.add(new Problem.FieldError(field + ".agreementId", FieldErrorCode.UNKNOWN_REFERENCE,
                        "is not a known agreement"));
            } else if (!agreement.partnerIds.contains(destination.institutionId)) {
                problems.add(new Problem.FieldError(field + ".agreementId", FieldErrorCode.NOT_A_PARTNER,
                        "does not name this institution as a partner"));
            }
        }
        return problems;
    }
}
