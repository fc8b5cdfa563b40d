package edu.meridian.programmes.selection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AllocationRunRepository implements PanacheRepositoryBase<AllocationRun, UUID> {

    Optional<AllocationRun> ofCall(UUID callId) {
        return find("callId", callId).firstResultOptional();
    }

    List<AllocationResult> results(UUID runId) {
        return getEntityManager().createQuery("from AllocationResult where runId = ?1 order by rank", AllocationResult.class)
                .setParameter(1, runId).getResultList();
    }

    Optional<AllocationResult> resultOf(UUID callId, UUID applicationId) {
        return getEntityManager().createQuery("from AllocationResult where callId = ?1 and applicationId = ?2",
                        AllocationResult.class)
                .setParameter(1, callId).setParameter(2, applicationId).getResultStream().findFirst();
    }

    /** Removes the call's run and its results (a run on other inputs replaces it). */
    void replace(AllocationRun run) {
        getEntityManager().createQuery("delete from AllocationResult where runId = ?1").setParameter(1, run.id).executeUpdate();
        delete(run);
        flush();
    }

    void persist(AllocationRun run, List<AllocationResult> results) {
        persist(run);
        results.forEach(getEntityManager()::persist);
        flush();
    }
}
