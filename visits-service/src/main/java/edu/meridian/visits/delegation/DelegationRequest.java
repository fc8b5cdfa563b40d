package edu.meridian.visits.delegation;

import edu.meridian.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

/**
 * The fields of a delegation that its requester sets. {@code hostUnit} is the office's to choose; a college liaison
 * may leave it out (their token's unit) and may not name another. {@code noticeOverrideReason}: only an office admin,
 * for an official delegation arriving less than 90 days after it was requested. A guest's passport is personal data:
 * kept sealed, answered masked, read in full only through the audited reveal.
 */
public record DelegationRequest(
        @NotNull @Valid Text title,
        @NotNull DelegationCategory category,
        @Size(max = 100) @Pattern(regexp = "[a-z0-9-]+", message = "must be a unit code such as nursing") String hostUnit,
        @NotNull LocalDate arrival,
        @NotNull LocalDate departure,
        @Size(max = 4000) String purpose,
        @Size(max = 200) List<@NotNull @Valid GuestRequest> guests,
        @Valid Money hospitalityBudget,
        @Valid Money actualCost,
        @Size(max = 100) List<@NotNull @Valid Gift> gifts,
        @Size(max = 2000) String noticeOverrideReason) {

    /**
     * A guest; {@code partnerInstitutionId} links a partner institution of partners-service when it is one. On an
     * update, {@code id} names a guest already there (who keeps their passport unless a new one is given); a guest
     * without one is new.
     */
    public record GuestRequest(
            UUID id,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String title,
            @NotBlank @Size(max = 300) String institutionName,
            UUID partnerInstitutionId,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String nationality,
            @Valid PassportRequest passport) {

        Guest toGuest() {
            return new Guest(id, name.strip(), blankToNull(title), institutionName.strip(), partnerInstitutionId,
                    nationality);
        }
    }

    /** A passport: its number (letters and digits, 5 to 20) and expiry. */
    public record PassportRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{5,20}", message = "must be 5 to 20 letters and digits") String number,
            @NotNull LocalDate expiry) {

        @Override
        public String toString() {
            return "PassportRequest[sealed]";
        }
    }

    DelegationContent toContent() {
        return new DelegationContent(title.zh().strip(), title.en().strip(), category, blankToNull(hostUnit), arrival,
                departure, blankToNull(purpose),
                guests == null ? List.of() : guests.stream().map(GuestRequest::toGuest).toList(),
                hospitalityBudget, actualCost,
                gifts == null ? List.of() : gifts.stream()
                        .map(gift -> new Gift(gift.description().strip(), gift.direction(), gift.value())).toList(),
                blankToNull(noticeOverrideReason), passports());
    }

    private Map<Integer, Passport> passports() {
        Map<Integer, Passport> passports = new HashMap<>();
        for (int i = 0; guests != null && i < guests.size(); i++) {
            PassportRequest passport = guests.get(i).passport();
            if (passport != null) {
                passports.put(i, new Passport(passport.number().toUpperCase(Locale.ROOT), passport.expiry()));
            }
        }
        return passports;
    }
}
