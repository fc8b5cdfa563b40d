package edu.meridian.visits.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.persistence.personal.Masking;

import java.util.UUID;

/** A guest as one reads them: the passport, when on file, masked ({@code E*****67}, expiry year only). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuestResponse(UUID id, String name, String title, String institutionName, UUID partnerInstitutionId,
        String nationality, MaskedPassport passport) {

    /** What anyone who reads the guest sees of their passport; the full value only through the audited reveal. */
    public record MaskedPassport(String number, String expiry) {
    }

    static GuestResponse from(Guest guest, GuestPassport passport) {
        return new GuestResponse(guest.id(), guest.name(), guest.title(), guest.institutionName(),
                guest.partnerInstitutionId(), guest.nationality(), passport == null ? null
                        : new MaskedPassport(Masking.documentNumber(passport.number), Masking.yearOnly(passport.expiry)));
    }
}
