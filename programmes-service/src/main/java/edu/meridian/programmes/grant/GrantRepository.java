package edu.meridian.programmes.grant;

import edu.meridian.programmes.call.Call;
import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GrantRepository implements PanacheRepositoryBase<Grant, UUID> {

    /** A sum of grants in one currency. */
    public record Sum(String currency, BigDecimal amount) {
    }

    /** A page of the grants of a mobility or a call (either may be null), oldest first, and the total count. */
    Page<Grant> search(UUID mobilityId, UUID callId, int page, int size) {
        StringBuilder query = new StringBuilder("true");
        Parameters parameters = new Parameters();
        if (mobilityId != null) {
            query.append(" and mobilityId = :mobility");
            parameters.and("mobility", mobilityId);
        }
        if (callId != null) {
            query.append(" and callId = :call");
            parameters.and("call", callId);
        }
        PanacheQuery<Grant> found = find(query + " order by createdAt, id", parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }

    /** The grants of the call that still count (awarded or paid), per currency, drawing on its budget or not. */
    List<Sum> counted(UUID callId, boolean drawingOnBudget) {
        return getEntityManager().createQuery("select g.currency, sum(g.amount) from Grant g where g.callId = :call"
                        + " and g.state in :states and g.funder in :funders group by g.currency order by g.currency",
                        Object[].class)
                .setParameter("call", callId)
                .setParameter("states", List.of(GrantState.awarded, GrantState.paid))
                .setParameter("funders", List.of(Funder.values()).stream()
                        .filter(funder -> funder.drawsOnCallBudget() == drawingOnBudget).toList())
                .getResultStream().map(row -> new Sum((String) row[0], (BigDecimal) row[1])).toList();
    }

    /** Locks the call until the transaction ends, so that grants drawing on its budget are awarded one at a time. */
    void lockCall(UUID callId) {
        getEntityManager().find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE);
    }
}
