package edu.meridian.partners.agreement;

import edu.meridian.persistence.FileBodies;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgreementDocumentRepository implements PanacheRepositoryBase<AgreementDocument, UUID> {

    private final FileBodies bodies;

    AgreementDocumentRepository(AgroalDataSource dataSource) {
        this.bodies = FileBodies.in(dataSource, "agreement_document", "content");
    }

    /** Every version of every document of the agreement, newest upload first, without the file bodies. */
    List<AgreementDocument> ofAgreement(UUID agreementId) {
        return list("agreementId = ?1 order by file.uploadedAt desc, version desc", agreementId);
    }

    long countOf(UUID agreementId) {
        return count("agreementId", agreementId);
    }

    Optional<AgreementDocument> find(UUID agreementId, UUID documentId) {
        return find("id = ?1 and agreementId = ?2", documentId, agreementId).firstResultOptional();
    }

    int latestVersion(UUID agreementId, DocumentKind kind, String title) {
        Integer latest = getEntityManager().createQuery("""
                        select max(d.version) from AgreementDocument d
                        where d.agreementId = :agreement and d.kind = :kind and d.title = :title""", Integer.class)
                .setParameter("agreement", agreementId)
                .setParameter("kind", kind)
                .setParameter("title", title)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    /**
     * Stores the row with its file body streamed from {@code file}, in the caller's transaction. The body is sent to
     * the database as it is read, never held whole in memory.
     */
    void insert(AgreementDocument document, Path file) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", document.id);
        columns.put("agreement_id", document.agreementId);
        columns.put("kind", document.kind.name());
        columns.put("title", document.title);
        columns.put("version", document.version);
        columns.putAll(document.file.columns());
        bodies.insert(getEntityManager(), columns, file);
    }

    /** At most {@code length} bytes of the file body from {@code offset} (a slow client holds no connection). */
    byte[] slice(UUID documentId, long offset, int length) {
        return bodies.slice(documentId, offset, length);
    }
}
