package edu.meridian.programmes.application;

import edu.meridian.persistence.FileBodies;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ApplicationDocumentRepository implements PanacheRepositoryBase<ApplicationDocument, UUID> {

    private final FileBodies bodies;

    ApplicationDocumentRepository(AgroalDataSource dataSource) {
        this.bodies = FileBodies.in(dataSource, "application_document", "content");
    }

    /** The application's documents without their bodies, by stage and kind, the newest of a kind first. */
    List<ApplicationDocument> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by stage, kind, file.uploadedAt desc, id", applicationId);
    }

    Optional<ApplicationDocument> find(UUID applicationId, UUID documentId) {
        return find("id = ?1 and applicationId = ?2", documentId, applicationId).firstResultOptional();
    }

    long countOf(UUID applicationId) {
        return count("applicationId", applicationId);
    }

    /** The kinds of this stage the application has a document of (verified ones only, if {@code verifiedOnly}). */
    Set<String> kindsOf(UUID applicationId, DocumentStage stage, boolean verifiedOnly) {
        return list("applicationId = ?1 and stage = ?2" + (verifiedOnly ? " and verifiedAt is not null" : ""),
                applicationId, stage).stream().map(document -> document.kind).collect(Collectors.toSet());
    }

    /** Stores the row with its body streamed from {@code file}, in the caller's transaction. */
    void insert(ApplicationDocument document, Path file) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", document.id);
        columns.put("application_id", document.applicationId);
        columns.put("stage", document.stage.name());
        columns.put("kind", document.kind);
        columns.putAll(document.file.columns());
        bodies.insert(getEntityManager(), columns, file);
    }

    /** At most {@code length} bytes of the body from {@code offset} (a slow client holds no connection). */
    byte[] slice(UUID documentId, long offset, int length) {
        return bodies.slice(documentId, offset, length);
    }
}
