package edu.meridian.partners.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of agreement events: what a subscriber (programmes-service deciding which destinations are open,
 * campus systems) needs without calling back. Never the owner or signatories (personal data), never internal notes.
 * The fields after {@code version} appear only on the event types that carry them.
 *
 * @param previousState      the state before this event, when the event changed it
 * @param daysLeft           {@code expiring}: calendar days until the expiry date
 * @param alertDays          {@code expiring}: the alert threshold reached, 180, 90 or 30
 * @param previousExpiryDate {@code extended}: the expiry date before the automatic renewal
 * @param reason             {@code terminated}, {@code sent-back}: why
 * @param changedFields      {@code amended}: the fields that changed, dotted for nested ones ({@code title.en})
 * @param successorId        {@code renewed}: the agreement that took over
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementEventData(
        UUID agreementId,
        String referenceCode,
        AgreementKind kind,
        Text title,
        AgreementState state,
        AgreementState previousState,
        List<UUID> partnerIds,
        String signingUnit,
        LocalDate effectiveDate,
        LocalDate expiryDate,
        boolean autoRenewal,
        Integer renewalPeriodMonths,
        List<CooperationCondition> conditions,
        UUID predecessorId,
        long version,
        Integer daysLeft,
        Integer alertDays,
        LocalDate previousExpiryDate,
        String reason,
        List<String> changedFields,
        UUID successorId) {

    static Builder of(Agreement agreement) {
        return new Builder(agreement);
    }

    /** The common fields from the agreement, plus what one event type adds. */
    static final class Builder {
        private final Agreement agreement;
        private AgreementState previousState;
        private Integer daysLeft;
        private Integer alertDays;
        private LocalDate previousExpiryDate;
        private String reason;
        private List<String> changedFields;
        private UUID successorId;

        private Builder(Agreement agreement) {
            this.agreement = agreement;
        }

        Builder previousState(AgreementState previousState) {
            this.previousState = previousState;
            return this;
        }

        Builder alert(int daysLeft, int alertDays) {
            this.daysLeft = daysLeft;
            this.alertDays = alertDays;
            return this;
        }

        Builder previousExpiryDate(LocalDate previousExpiryDate) {
            this.previousExpiryDate = previousExpiryDate;
            return this;
        }

        Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        Builder changedFields(List<String> changedFields) {
            this.changedFields = List.copyOf(changedFields);
            return this;
        }

        Builder successorId(UUID successorId) {
            this.successorId = successorId;
            return this;
        }

        AgreementEventData build() {
            return new AgreementEventData(agreement.id, agreement.referenceCode, agreement.kind,
                    new Text(agreement.titleZh, agreement.titleEn), agreement.state, previousState,
                    List.copyOf(agreement.partnerIds), agreement.signingUnit, agreement.effectiveDate,
                    agreement.expiryDate, agreement.autoRenewal, agreement.renewalPeriodMonths,
                    List.copyOf(agreement.conditions), agreement.predecessorId, agreement.version, daysLeft, alertDays,
                    previousExpiryDate, reason, changedFields, successorId);
        }
    }
}
