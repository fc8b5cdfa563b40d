package edu.meridian.admissions.visa;

import edu.meridian.web.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VisaFormRepository implements PanacheRepositoryBase<VisaForm, String> {

    /** The blank forms of a batch, handed out in the order given. */
    void insertBlank(UUID batchId, VisaFormType type, List<FormNumber> numbers) {
        String[] texts = numbers.stream().map(FormNumber::text).toArray(String[]::new);
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            Array array = connection.createArrayOf("text", texts);
            try (PreparedStatement insert = connection.prepareStatement("insert into visa_form (number, batch_id, "
                    + "type, position, status, version) select number, ?, ?, nextval('visa_form_position'), 'blank', 0 "
                    + "from unnest(?) with ordinality as given(number, place) order by place")) {
                insert.setObject(1, batchId);
                insert.setString(2, type.name());
                insert.setArray(3, array);
                insert.executeUpdate();
            } finally {
                array.free();
            }
        });
    }

    /** Of these numbers, those already in the register (of any batch, either type). */
    List<String> existing(Collection<FormNumber> numbers) {
        List<String> texts = numbers.stream().map(FormNumber::text).toList();
        return getEntityManager().createQuery("select number from VisaForm where number in :numbers order by number",
                String.class).setParameter("numbers", texts).setMaxResults(20).getResultList();
    }

    /**
     * The next blank form of the type (the lowest number of the earliest-received batch that has one, as
     * {@link FormIssue#nextFree} says), locked; a form another transaction is issuing right now is skipped, so
     * parallel issues take different forms without waiting for each other.
     */
    Optional<VisaForm> nextBlankLocked(VisaFormType type) {
        @SuppressWarnings("unchecked")
        List<String> numbers = getEntityManager().createNativeQuery("select form.number from visa_form form "
                        + "join visa_form_batch batch on batch.id = form.batch_id where form.type = ?1 and form.status "
                        + "= 'blank' order by batch.received_on, form.position limit 1 for update of form skip locked")
                .setParameter(1, type.name()).getResultList();
        return numbers.stream().findFirst().map(number -> findById(number));
    }

    Optional<VisaForm> locked(String number) {
        return findByIdOptional(number, LockModeType.PESSIMISTIC_WRITE);
    }

    Optional<VisaForm> validOf(UUID applicationId) {
        return find("applicationId = ?1 and status = ?2", applicationId, VisaFormStatus.issued).firstResultOptional();
    }

    /** How many forms of each batch are blank, issued and voided. */
    Map<UUID, Map<VisaFormStatus, Long>> countsByBatch() {
        Map<UUID, Map<VisaFormStatus, Long>> counts = new HashMap<>();
        getEntityManager().createQuery("select batchId, status, count(*) from VisaForm group by batchId, status",
                Object[].class).getResultList().forEach(row -> counts
                .computeIfAbsent((UUID) row[0], id -> new EnumMap<>(VisaFormStatus.class))
                .put((VisaFormStatus) row[1], (Long) row[2]));
        return counts;
    }

    Page<VisaForm> search(VisaFormType type, VisaFormStatus status, UUID applicationId, int page,
            int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (type != null) {
            query.append(" and type = :type");
            parameters.put("type", type);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        if (applicationId != null) {
            query.append(" and applicationId = :applicationId");
            parameters.put("applicationId", applicationId);
        }
        PanacheQuery<VisaForm> found = find(query + " order by position", parameters);
        return new Page<>(found.page(page, size).list(), found.count(), page, size);
    }
}
