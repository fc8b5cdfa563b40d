package edu.meridian.partners.agreement;

import edu.meridian.web.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static edu.meridian.web.Strings.blankToNull;

/**
 * The fields of an agreement that a person sets when drafting or editing it. The state, the termination reason and
 * the predecessor change only through transitions and renewals. {@code signingUnit} and {@code owner} may be left
 * out: they default to the caller's unit and the caller (on update: stay as they are).
 */
public record AgreementRequest(
        @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*",
                message = "must be letters, digits and . _ / - such as AGR-2026-0042") String referenceCode,
        @NotNull AgreementKind kind,
        @NotNull @Valid Text title,
        @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be a unit code such as nursing")
        String signingUnit,
        @Size(max = 50) List<@NotNull UUID> partnerIds,
        LocalDate effectiveDate,
        LocalDate expiryDate,
        Boolean autoRenewal,
        @Min(1) @Max(120) Integer renewalPeriodMonths,
        @Min(0) @Max(3650) Integer noticePeriodDays,
        @Size(max = 20) List<@NotNull @Valid SignatoryRequest> signatories,
        @Size(max = 50) List<@NotNull @Valid ObligationRequest> obligations,
        @Size(max = 100) List<@NotNull @Valid ConditionRequest> conditions,
        @Size(max = 4000) String notes,
        @Size(max = 100) @Pattern(regexp = "\\S+", message = "must be a user name") String owner) {

    public record SignatoryRequest(
            @NotNull Signatory.Side side,
            UUID institutionId,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String title,
            LocalDate signedOn) {
    }

    public record ObligationRequest(
            @NotNull Obligation.Kind kind,
            @NotNull Obligation.Party party,
            @Size(max = 1000) String description) {
    }

    /** Places and terms for one direction and mobility type, per academic year. */
    public record ConditionRequest(
            @NotNull CooperationCondition.Direction direction,
            @NotNull CooperationCondition.MobilityType mobilityType,
            @NotNull @Min(0) @Max(10000) Integer placesPerYear,
            @DecimalMin("0") @DecimalMax("60") @Digits(integer = 2, fraction = 1) BigDecimal monthsPerPerson,
            @Min(0) @Max(366) Integer daysPerPerson,
            @Size(max = 20) List<@NotNull @Pattern(regexp = "\\d{4}",
                    message = "must be an ISCED-F 2013 code of four digits, such as 0913") String> subjectAreas,
            @Size(max = 3) List<CooperationCondition.@NotNull Level> levels,
            @Size(max = 40) @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z]{2,4})?",
                    message = "must be a language code such as en or zh") String language,
            @Pattern(regexp = "[ABC][12]", message = "must be a CEFR level from A1 to C2") String cefrLevel,
            @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be an academic year such as 2025/26") String fromYear,
            @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be an academic year such as 2025/26") String toYear) {
    }

    AgreementContent toContent() {
        return new AgreementContent(blankToNull(referenceCode), kind, title.zh().strip(), title.en().strip(),
                blankToNull(signingUnit), partnerIds == null ? List.of() : partnerIds, effectiveDate, expiryDate,
                Boolean.TRUE.equals(autoRenewal), renewalPeriodMonths, noticePeriodDays,
                signatories == null ? List.of() : signatories.stream()
                        .map(s -> new Signatory(s.side(), s.institutionId(), s.name().strip(), blankToNull(s.title()),
                                s.signedOn()))
                        .toList(),
                obligations == null ? List.of() : obligations.stream()
                        .map(o -> new Obligation(o.kind(), o.party(), blankToNull(o.description())))
                        .toList(),
                conditions == null ? List.of() : conditions.stream()
                        .map(c -> new CooperationCondition(c.direction(), c.mobilityType(), c.placesPerYear(),
                                c.monthsPerPerson(), c.daysPerPerson(),
                                c.subjectAreas() == null ? List.of() : c.subjectAreas().stream().distinct().toList(),
                                c.levels() == null ? List.of() : c.levels().stream().distinct().toList(),
                                blankToNull(c.language()), c.cefrLevel(), c.fromYear(), c.toYear()))
                        .toList(),
                blankToNull(notes), blankToNull(owner));
    }
}
