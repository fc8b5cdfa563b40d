package edu.meridian.partners.agreement;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgreementDocumentRepository implements PanacheRepositoryBase<AgreementDocument, UUID> {

    private final AgroalDataSource dataSource;

    AgreementDocumentRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every version of every document of the agreement, newest upload first, without the file bodies. */
    List<AgreementDocument> ofAgreement(UUID agreementId) {
        return list("agreementId = ?1 order by uploadedAt desc, version desc", agreementId);
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
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into agreement_document (id, agreement_id, kind, title, file_name, content_type, size_bytes,
                                                    sha256, version, content, uploaded_by, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 InputStream content = Files.newInputStream(file)) {
                insert.setObject(1, document.id);
                insert.setObject(2, document.agreementId);
                insert.setString(3, document.kind.name());
                insert.setString(4, document.title);
                insert.setString(5, document.fileName);
                insert.setString(6, document.contentType);
                insert.setLong(7, document.sizeBytes);
                insert.setString(8, document.sha256);
                insert.setInt(9, document.version);
                insert.setBinaryStream(10, content, document.sizeBytes);
                insert.setString(11, document.uploadedBy);
                insert.setObject(12, document.uploadedAt.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException("The received upload cannot be read", e);
            }
        });
    }

    /**
     * At most {@code length} bytes of the file body from {@code offset}, read by a query of its own on a connection
     * held only for that slice: a slow client holds no database connection while it reads.
     */
    byte[] slice(UUID documentId, long offset, int length) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select substring(content from ? for ?) from agreement_document where id = ?")) {
            select.setInt(1, Math.toIntExact(offset + 1));
            select.setInt(2, length);
            select.setObject(3, documentId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Document " + documentId + " vanished while it was read");
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Document " + documentId + " cannot be read", e);
        }
    }
}
