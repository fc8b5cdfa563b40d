package edu.meridian.partners;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records a version of an agreement in {@link Revisions}. The snapshot goes through JSON text first, exactly as the
 * stored versions come back from the database, so that numbers compare equal between versions (a {@code BigDecimal}
 * 30 in memory and the 30 read back from jsonb would otherwise count as a change of the cooperation conditions).
 */
@ApplicationScoped
class AgreementHistory {

    private final Revisions revisions;
    private final ObjectMapper json;

    AgreementHistory(Revisions revisions, ObjectMapper json) {
        this.revisions = revisions;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Revision record(Agreement agreement, String action, String by) {
        return revisions.record(AgreementService.AGGREGATE, agreement.id, action, snapshotOf(agreement), by);
    }

    private JsonNode snapshotOf(Agreement agreement) {
        try {
            return json.readTree(json.writeValueAsString(AgreementSnapshot.of(agreement)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Agreement snapshot cannot be written as JSON", e);
        }
    }
}
