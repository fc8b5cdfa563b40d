package edu.meridian.partners.agreement;

import edu.meridian.testing.Callers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Many large documents downloaded at once by a service with a small heap: the content streams from the database in
 * slices, so the heap never holds whole files. Runs in its own surefire execution with {@code -Xmx256m}
 * (partners-service's pom); in a JVM with a larger heap it proves nothing and is skipped.
 */
@QuarkusTest
class DocumentDownloadsLowMemoryTest {

    static final long HEAP_LIMIT = 300L * 1024 * 1024;
    static final int FILES = 8;
    static final int FILE_SIZE = 20 * 1024 * 1024;
    static final int PARALLEL_DOWNLOADS = 16;

    @Inject
    DocumentFixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void sixteenParallelDownloadsOfTwentyMegabyteFilesFitInASmallHeap() throws Exception {
        assumeTrue(Runtime.getRuntime().maxMemory() <= HEAP_LIMIT, "needs a JVM started with -Xmx256m");
        UUID agreement = fixtures.agreement(AgreementState.active, "nursing");
        List<StoredFile> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            files.add(storeLargePdf(agreement, i));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = Callers.WANG_FANG.token();

        ExecutorService downloads = Executors.newFixedThreadPool(PARALLEL_DOWNLOADS);
        try {
            List<Future<String>> digests = new ArrayList<>();
            for (int i = 0; i < PARALLEL_DOWNLOADS; i++) {
                StoredFile file = files.get(i % FILES);
                digests.add(downloads.submit(() -> downloadDigest(client, token, agreement, file.id())));
            }
            for (int i = 0; i < PARALLEL_DOWNLOADS; i++) {
                assertThat(digests.get(i).get()).isEqualTo(files.get(i % FILES).sha256());
            }
        } finally {
            downloads.shutdownNow();
        }
    }

    record StoredFile(UUID id, String sha256) {
    }

    /** A PDF of {@link #FILE_SIZE} bytes made by the database itself, so the test's own heap never holds it. */
    private StoredFile storeLargePdf(UUID agreement, int index) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     with file as (
                         select convert_to('%PDF-1.4' || chr(10) || '%' || repeat(md5(?::text), ? / 32)
                                           || chr(10) || '%%EOF' || chr(10), 'UTF8') as content)
                     insert into agreement_document (id, agreement_id, kind, title, file_name, content_type, size_bytes,
                                                     sha256, version, content, uploaded_by, uploaded_at)
                     select ?, ?, 'annex', ?, 'large.pdf', 'application/pdf', length(content),
                            encode(sha256(content), 'hex'), 1, content, 'wang.fang', now()
                     from file
                     returning sha256""")) {
            insert.setInt(1, index);
            insert.setInt(2, FILE_SIZE);
            insert.setObject(3, id);
            insert.setObject(4, agreement);
            insert.setString(5, "Large annex " + index);
            try (ResultSet stored = insert.executeQuery()) {
                stored.next();
                return new StoredFile(id, stored.getString(1));
            }
        }
    }

    /** Downloads one document and returns the SHA-256 of what arrived, reading it as a stream. */
    private static String downloadDigest(HttpClient client, String token, UUID agreement, UUID document)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/api/partners/agreements/" + agreement + "/documents/" + document + "/content"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2))
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream body = response.body()) {
            assertThat(response.statusCode()).isEqualTo(200);
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = body.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
