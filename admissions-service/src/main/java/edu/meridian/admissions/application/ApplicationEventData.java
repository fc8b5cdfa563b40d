package edu.meridian.admissions.application;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of application events: what campus systems (pre-registration in the SIS) and figures need without
 * calling back — state, nationality, funding type, the chosen intakes and the offer concerned. Never a name, a date
 * of birth, a passport, education, test results, documents or the office's reasons.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationEventData(
        UUID applicationId,
        ApplicationState state,
        ApplicationState previousState,
        String nationality,
        FundingType fundingType,
        List<ProgrammeChoice> choices,
        OfferData offer,
        long version) {

    public record OfferData(UUID offerId, int priority, UUID intakeId, OfferKind kind, LocalDate deadline,
            OfferState state) {

        static OfferData of(Offer offer) {
            return new OfferData(offer.id, offer.priority, offer.intakeId, offer.kind, offer.deadline, offer.state);
        }
    }

    static ApplicationEventData of(AdmissionApplication application, ApplicationState previousState, Offer offer) {
        return new ApplicationEventData(application.id, application.state, previousState, application.nationality,
                application.funding == null ? null : application.funding.type(), List.copyOf(application.choices),
                offer == null ? null : OfferData.of(offer), application.version);
    }
}
