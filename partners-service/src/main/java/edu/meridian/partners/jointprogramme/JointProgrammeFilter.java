package edu.meridian.partners.jointprogramme;

import java.util.Map;
import java.util.UUID;

/**
 * What a list of joint programmes is narrowed to. Any field may be null. {@code q} matches, partially and ignoring
 * case, the programme's names, the Chinese partner's names, the certificate number and the foreign partner's names.
 * {@code sort} is a key of {@link #SORTS}, {@code -} first for descending.
 */
public record JointProgrammeFilter(
        String q,
        UUID foreignPartner,
        JointProgrammeLevel level,
        JointProgrammeStatus status,
        String sort) {

    public static final Map<String, String> SORTS = Map.of(
            "name", "lower(p.nameEn)",
            "nameZh", "p.nameZh",
            "status", "p.status",
            "approvedTo", "p.approvedTo",
            "createdAt", "p.createdAt",
            "updatedAt", "p.updatedAt");
}
