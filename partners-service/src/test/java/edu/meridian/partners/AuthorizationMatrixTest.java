package edu.meridian.partners;

import edu.meridian.testing.AuthorizationMatrix;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

/**
 * Who may call each operation of the service; the runner of platform/testing turns it into tests of every served
 * operation × every realm role (no token → 401, a role outside the list → 403, inside it → past security), and fails
 * on an operation served but missing here, so a new endpoint cannot ship without deciding who may call it.
 * Record-level rules (a liaison's own unit, states) are tested with the aggregates themselves.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final List<String> READ = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON,
            Roles.LEADERSHIP, Roles.REVIEWER, Roles.FACULTY, Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM);
    private static final List<String> DRAFT = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON);
    private static final List<String> OFFICE = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
    private static final List<String> ADMIN = List.of(Roles.OFFICE_ADMIN);
    private static final List<String> ACTIVITY = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON,
            Roles.LEADERSHIP);
    private static final List<String> DASHBOARD = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.LEADERSHIP);

    @TestFactory
    Stream<DynamicTest> everyOperationTimesEveryRole() {
        return matrix().requests(PartnersFixtures.requests()).tests();
    }

    /** Who may call what; {@link LeastDataTest} adds what each of them reads. */
    static AuthorizationMatrix matrix() {
        return new AuthorizationMatrix()
                .allow(READ, "GET /api/partners/countries")
                .allow(ACTIVITY, "GET /api/partners/activity/agreements/{id}",
                        "GET /api/partners/activity/institutions/{id}",
                        "GET /api/partners/activity/institutions/{id}/timeline")
                .allow(DASHBOARD, "GET /api/partners/activity/dashboard")
                .allow(READ, "GET /api/partners/institutions", "GET /api/partners/institutions/{id}",
                        "GET /api/partners/institutions/{id}/versions", "GET /api/partners/institutions/{id}/versions/{version}",
                        "GET /api/partners/institutions/{id}/versions/compare")
                .allow(OFFICE, "POST /api/partners/institutions", "PUT /api/partners/institutions/{id}",
                        "POST /api/partners/institutions/{id}/transitions",
                        "DELETE /api/partners/institutions/{id}/contacts/{contactId}")
                .allow(READ, "GET /api/partners/institutions/export.csv")
                .allow(OFFICE, "POST /api/partners/institutions/import")
                .allow(READ, "GET /api/partners/agreements", "GET /api/partners/agreements/export.csv",
                        "GET /api/partners/agreements/{id}", "GET /api/partners/agreements/{id}/versions",
                        "GET /api/partners/agreements/{id}/versions/{version}", "GET /api/partners/agreements/{id}/versions/compare")
                .allow(DRAFT, "POST /api/partners/agreements", "PUT /api/partners/agreements/{id}",
                        "DELETE /api/partners/agreements/{id}", "POST /api/partners/agreements/{id}/transitions",
                        "POST /api/partners/agreements/{id}/renewal")
                .allow(READ, "GET /api/partners/agreements/{id}/documents", "GET /api/partners/agreements/{id}/documents/{documentId}",
                        "GET /api/partners/agreements/{id}/documents/{documentId}/content")
                .allow(DRAFT, "POST /api/partners/agreements/{id}/documents")
                .allow(READ, "GET /api/partners/alliances", "GET /api/partners/alliances/{id}",
                        "GET /api/partners/alliances/{id}/versions", "GET /api/partners/alliances/{id}/versions/{version}",
                        "GET /api/partners/alliances/{id}/versions/compare")
                .allow(OFFICE, "POST /api/partners/alliances", "PUT /api/partners/alliances/{id}")
                .allow(ADMIN, "DELETE /api/partners/alliances/{id}")
                .allow(READ, "GET /api/partners/joint-programmes", "GET /api/partners/joint-programmes/{id}",
                        "GET /api/partners/joint-programmes/{id}/versions",
                        "GET /api/partners/joint-programmes/{id}/versions/{version}",
                        "GET /api/partners/joint-programmes/{id}/versions/compare")
                .allow(OFFICE, "POST /api/partners/joint-programmes", "PUT /api/partners/joint-programmes/{id}",
                        "POST /api/partners/joint-programmes/{id}/transitions")
                .allow(READ, "GET /api/partners/figures/institutions-by-country", "GET /api/partners/figures/institutions-by-kind",
                        "GET /api/partners/figures/agreements-by-kind-and-state", "GET /api/partners/figures/agreements-expiring");
    }
}
