package edu.meridian.programmes.grant;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.meridian.web.Disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A grant with what is paid of it so far; campus systems (finance) read it without who changed it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrantResponse(
        UUID id,
        UUID mobilityId,
        UUID callId,
        Funder funder,
        BigDecimal amount,
        String currency,
        List<Instalment> instalments,
        BigDecimal paid,
        GrantState state,
        List<GrantState> allowedTransitions,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static GrantResponse from(Grant grant, List<GrantState> allowedTransitions, Disclosure disclosure) {
        BigDecimal paid = grant.instalments.stream().filter(instalment -> instalment.paidOn() != null)
                .map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return disclosure.apply(new GrantResponse(grant.id, grant.mobilityId, grant.callId, grant.funder, grant.amount,
                grant.currency, List.copyOf(grant.instalments), paid, grant.state, allowedTransitions, grant.version,
                grant.createdAt, grant.createdBy, grant.updatedAt, grant.updatedBy));
    }
}
