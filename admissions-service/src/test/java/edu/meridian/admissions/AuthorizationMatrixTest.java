package edu.meridian.admissions;

import edu.meridian.testing.AuthorizationMatrix;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

/**
 * Who may call each operation of the service; the runner turns it into tests of every served operation × every realm
 * role. Programmes and intakes are read by everyone in admissions and kept by officers; applications are the
 * applicant's own (record-level: ApplicationResourceTest), processed by officers, read by office staff. Students are
 * registered by officers, read by the office and campus systems, and by the student themselves (record-level:
 * StudentResourceTest). Leadership gets nothing personal: no application, no student. An admission letter is checked
 * by its code without a token. The visa-form register is kept by officers and read by the office.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> CATALOGUE_READERS = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.ADMISSIONS_OFFICER, Roles.LEADERSHIP, Roles.APPLICANT, Roles.CAMPUS_SYSTEM);
    private static final List<String> OFFICERS = List.of(Roles.OFFICE_ADMIN, Roles.ADMISSIONS_OFFICER);
    private static final List<String> OFFICE = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER);
    private static final List<String> APPLICATION_READERS = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.ADMISSIONS_OFFICER, Roles.APPLICANT);
    private static final List<String> APPLICANT = List.of(Roles.APPLICANT);
    private static final List<String> STUDENT_READERS = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.ADMISSIONS_OFFICER, Roles.CAMPUS_SYSTEM, Roles.STUDENT);

    @TestFactory
    Stream<DynamicTest> everyOperationTimesEveryRole() {
        return matrix().requests(AdmissionsFixtures.requests()).tests();
    }

    /** Who may call what; LeastDataTest reads fields through the same matrix. */
    static AuthorizationMatrix matrix() {
        return new AuthorizationMatrix()
                .allow(CATALOGUE_READERS, "GET /api/admissions/programmes", "GET /api/admissions/programmes/{id}",
                        "GET /api/admissions/intakes", "GET /api/admissions/intakes/{id}")
                .allow(OFFICERS, "POST /api/admissions/programmes", "PUT /api/admissions/programmes/{id}",
                        "POST /api/admissions/intakes", "PUT /api/admissions/intakes/{id}")
                .allow(OFFICE, "GET /api/admissions/programmes/{id}/versions",
                        "GET /api/admissions/programmes/{id}/versions/{version}",
                        "GET /api/admissions/programmes/{id}/versions/compare",
                        "GET /api/admissions/intakes/{id}/versions", "GET /api/admissions/intakes/{id}/versions/{version}",
                        "GET /api/admissions/intakes/{id}/versions/compare")
                .allow(APPLICATION_READERS, "GET /api/admissions/applications", "GET /api/admissions/applications/{id}",
                        "GET /api/admissions/applications/{id}/documents",
                        "GET /api/admissions/applications/{id}/documents/{documentId}",
                        "GET /api/admissions/applications/{id}/documents/{documentId}/content",
                        "GET /api/admissions/applications/{id}/letter",
                        "GET /api/admissions/applications/{id}/letter/content")
                .allow(APPLICANT, "POST /api/admissions/applications", "PUT /api/admissions/applications/{id}",
                        "POST /api/admissions/applications/{id}/offers/{offerId}/answer",
                        "POST /api/admissions/applications/{id}/documents")
                .allow(List.of(Roles.OFFICE_ADMIN, Roles.ADMISSIONS_OFFICER, Roles.APPLICANT),
                        "POST /api/admissions/applications/{id}/transitions")
                .allow(OFFICERS, "POST /api/admissions/applications/{id}/offers",
                        "POST /api/admissions/applications/{id}/documents/{documentId}/review",
                        "POST /api/admissions/applications/{id}/letter",
                        "POST /api/admissions/applications/{id}/passport/reveal")
                .allow(List.of(Roles.OFFICE_ADMIN), "GET /api/admissions/applications/{id}/passport/reveals")
                .open("GET /api/admissions/verify/{code}")
                .allow(OFFICE, "GET /api/admissions/visa-forms", "GET /api/admissions/visa-forms/{number}",
                        "GET /api/admissions/visa-forms/batches")
                .allow(OFFICERS, "POST /api/admissions/visa-forms/batches", "POST /api/admissions/visa-forms/issues",
                        "POST /api/admissions/visa-forms/{number}/void",
                        "POST /api/admissions/visa-forms/{number}/reissue")
                .allow(STUDENT_READERS, "GET /api/admissions/students", "GET /api/admissions/students/{id}",
                        "GET /api/admissions/students/{id}/compliance")
                .allow(OFFICERS, "POST /api/admissions/students", "PUT /api/admissions/students/{id}",
                        "POST /api/admissions/students/{id}/transitions", "PUT /api/admissions/students/{id}/stay")
                .allow(OFFICE, "GET /api/admissions/students/due-this-week", "GET /api/admissions/scholarships")
                .allow(List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER, Roles.STUDENT),
                        "GET /api/admissions/students/{studentId}/scholarships", "GET /api/admissions/scholarships/{id}")
                .allow(OFFICERS, "POST /api/admissions/students/{studentId}/scholarships",
                        "PUT /api/admissions/scholarships/{id}", "POST /api/admissions/scholarships/{id}/reviews")
                .allow(OFFICE, "GET /api/admissions/students/{id}/versions",
                        "GET /api/admissions/students/{id}/versions/{version}",
                        "GET /api/admissions/students/{id}/versions/compare")
                .allow(List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER, Roles.STUDENT),
                        "GET /api/admissions/students/{studentId}/exam-results")
                .allow(OFFICERS, "POST /api/admissions/students/{studentId}/exam-results")
                .allow(List.of(Roles.LEADERSHIP, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER),
                        "GET /api/admissions/figures/students", "GET /api/admissions/figures/pass-rates",
                        "GET /api/admissions/figures/ministry-statistics.csv");
    }
}
