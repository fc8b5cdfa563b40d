package edu.meridian.admissions.visa;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** One form of the register: to whom (the application) and when it was issued, why it was voided, what it replaced. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisaFormResponse(String number, VisaFormType type, VisaFormStatus status, UUID batchId,
        UUID applicationId, String issuedBy, Instant issuedAt, String voidReason, String voidedBy, Instant voidedAt,
        String replaces, long version) {

    static VisaFormResponse from(VisaForm form) {
        return new VisaFormResponse(form.number, form.type, form.status, form.batchId, form.applicationId,
                form.issuedBy, form.issuedAt, form.voidReason, form.voidedBy, form.voidedAt, form.replaces,
                form.version);
    }
}
