package edu.meridian.partners.agreement;

import edu.meridian.testing.Callers;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Agreements and PDFs for the document tests. The agreements API is not in this branch, so agreements are stored as
 * rows directly (with a partner registered through the institutions API); documents go through HTTP only.
 */
@ApplicationScoped
public class DocumentFixtures {

    private final AgreementRepository agreements;
    private volatile UUID partnerId;

    DocumentFixtures(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    /** A stored agreement of this signing unit in this state, with one partner institution. */
    public UUID agreement(AgreementState state, String signingUnit) {
        UUID partner = partner();
        return QuarkusTransaction.requiringNew().call(() -> {
            Agreement agreement = new Agreement();
            agreement.id = UUID.randomUUID();
            agreement.referenceCode = "TEST-" + agreement.id;
            agreement.kind = AgreementKind.student_exchange;
            agreement.titleZh = "学生交流协议";
            agreement.titleEn = "Student exchange agreement";
            agreement.signingUnit = signingUnit;
            agreement.state = state;
            agreement.partnerIds = new java.util.ArrayList<>(List.of(partner));
            agreement.effectiveDate = LocalDate.of(2025, 9, 1);
            agreement.expiryDate = LocalDate.of(2030, 8, 31);
            agreement.owner = "wang.fang";
            agreement.createdAt = Instant.now();
            agreement.createdBy = "wang.fang";
            agreement.updatedAt = agreement.createdAt;
            agreement.updatedBy = "wang.fang";
            agreements.persist(agreement);
            return agreement.id;
        });
    }

    private UUID partner() {
        if (partnerId == null) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String id = given().auth().oauth2(Callers.WANG_FANG.token()).contentType(ContentType.JSON)
                    .body("""
                            {"name": {"zh": "document fixtures %1$s", "en": "Document Fixtures University %1$s"},
                             "country": "SG", "kind": "university"}""".formatted(suffix))
                    .post("/api/partners/institutions")
                    .then().statusCode(201).extract().path("id");
            partnerId = UUID.fromString(id);
        }
        return partnerId;
    }

    /** A small valid PDF whose text says {@code text}, so that two versions differ. */
    public static byte[] pdf(String text) {
        String body = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                % TEXT
                trailer << /Root 1 0 R >>
                %%EOF
                """.replace("TEXT", text);
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF of exactly {@code size} bytes: padding inside a comment, header first, EOF marker last. */
    public static byte[] pdfOfSize(int size) {
        byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(head);
        out.writeBytes("x".repeat(size - head.length - tail.length).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tail);
        return out.toByteArray();
    }
}
