package edu.meridian.admissions.application;

import edu.meridian.admissions.programme.DocumentKind;
import edu.meridian.persistence.FileBodies;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApplicationDocumentRepository implements PanacheRepositoryBase<ApplicationDocument, UUID> {

    private final FileBodies bodies;

    ApplicationDocumentRepository(AgroalDataSource dataSource) {
        this.bodies = FileBodies.in(dataSource, "application_document", "content");
    }

    /** The application's documents without their bodies, by kind, the newest of a kind first. */
    List<ApplicationDocument> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by kind, file.uploadedAt desc, id", applicationId);
    }

    /** The newest document of each kind the application has. */
    Map<DocumentKind, ApplicationDocument> current(UUID applicationId) {
        Map<DocumentKind, ApplicationDocument> current = new EnumMap<>(DocumentKind.class);
        ofApplication(applicationId).forEach(document -> current.putIfAbsent(document.kind, document));
        return current;
    }

    Optional<ApplicationDocument> find(UUID applicationId, UUID documentId) {
        return find("id = ?1 and applicationId = ?2", documentId, applicationId).firstResultOptional();
    }

    long countOf(UUID applicationId) {
        return count("applicationId", applicationId);
    }

    /** Takes away the documents of a kind not yet looked at, which a new upload of that kind replaces. */
    void deleteUnreviewed(UUID applicationId, DocumentKind kind) {
        delete("applicationId = ?1 and kind = ?2 and status = ?3", applicationId, kind, DocumentStatus.uploaded);
    }

    /** Stores the row with its body streamed from {@code file}, in the caller's transaction. */
    void insert(ApplicationDocument document, Path file) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", document.id);
        columns.put("application_id", document.applicationId);
        columns.put("kind", document.kind.name());
        columns.put("status", document.status.name());
        columns.putAll(document.file.columns());
        bodies.insert(getEntityManager(), columns, file);
    }

    byte[] slice(UUID documentId, long offset, int length) {
        return bodies.slice(documentId, offset, length);
    }
}
