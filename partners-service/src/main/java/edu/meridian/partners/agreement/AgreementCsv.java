package edu.meridian.partners.agreement;

import edu.meridian.partners.institution.Institution;
import edu.meridian.web.Disclosure;


import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The columns of the agreements export and how an agreement fills them; {@link Csv} writes the file. */
final class AgreementCsv {

    static final List<String> HEADER = List.of("referenceCode", "kind", "titleZh", "titleEn", "state",
            "partnersZh", "partnersEn", "signingUnit", "effectiveDate", "expiryDate", "autoRenewal", "owner",
            "predecessorId", "updatedAt");

    private AgreementCsv() {
    }

    static List<Object> row(Agreement agreement, Map<UUID, Institution> institutions, Disclosure disclosure) {
        return Arrays.asList(agreement.referenceCode, agreement.kind, agreement.titleZh, agreement.titleEn,
                agreement.state, partners(agreement, institutions, true), partners(agreement, institutions, false),
                agreement.signingUnit, agreement.effectiveDate, agreement.expiryDate, agreement.autoRenewal,
                disclosure.of("owner", agreement.owner), agreement.predecessorId, agreement.updatedAt);
    }

    private static String partners(Agreement agreement, Map<UUID, Institution> institutions, boolean chinese) {
        return agreement.partnerIds.stream()
                .map(institutions::get)
                .filter(Objects::nonNull)
                .map(institution -> chinese ? institution.nameZh : institution.nameEn)
                .collect(Collectors.joining("; "));
    }
}
