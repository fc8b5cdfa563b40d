package edu.meridian.partners.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgreementDocumentRepository implements PanacheRepositoryBase<AgreementDocument, UUID> {

    /** Every version of every document of the agreement, newest upload first, without the file bodies. */
    List<AgreementDocument> ofAgreement(UUID agreementId) {
        return list("agreementId = ?1 order by uploadedAt desc, version desc", agreementId);
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

    /** The file body alone, by a query of its own (the entity loads it lazily). */
    byte[] contentOf(UUID documentId) {
        return getEntityManager()
                .createQuery("select d.content from AgreementDocument d where d.id = :id", byte[].class)
                .setParameter("id", documentId)
                .getSingleResult();
    }
}
