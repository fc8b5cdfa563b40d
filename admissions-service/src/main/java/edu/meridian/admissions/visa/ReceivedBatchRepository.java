package edu.meridian.admissions.visa;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReceivedBatchRepository implements PanacheRepositoryBase<ReceivedBatch, UUID> {

    /** Batches are recorded one at a time, so two deliveries with a shared number cannot both pass the check. */
    void lockRegister() {
        getEntityManager().createNativeQuery("lock table visa_form_batch in share row exclusive mode").executeUpdate();
    }

    List<ReceivedBatch> newestFirst() {
        return list("order by receivedOn desc, createdAt desc");
    }
}
