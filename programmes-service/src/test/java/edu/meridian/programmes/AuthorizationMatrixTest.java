package edu.meridian.programmes;

import edu.meridian.testing.AuthorizationMatrix;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

/**
 * Who may call each operation of the service; the runner of platform/testing turns it into tests of every served
 * operation × every realm role (no token → 401, a role outside the list → 403, inside it → past security), and fails
 * on an operation served but missing here. Record-level rules (students see no drafts; a student cannot read or change
 * another student's application: ApplicationResourceTest; a reviewer cannot see or score an application not assigned
 * to them, nor score one they declared a conflict with: SelectionResourceTest) are tested with the aggregates.
 */
@QuarkusTest
public class AuthorizationMatrixTest {

    /** The office and those who work with it; students, teachers and applicants do not browse partners. */
    private static final List<String> STAFF_READ = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.COLLEGE_LIAISON, Roles.LEADERSHIP, Roles.REVIEWER, Roles.CAMPUS_SYSTEM);

    /** Everyone signed in: schemes and published calls are what students, teachers and applicants apply to. */
    private static final List<String> EVERYONE = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON,
            Roles.LEADERSHIP, Roles.REVIEWER, Roles.FACULTY, Roles.STUDENT, Roles.APPLICANT, Roles.ADMISSIONS_OFFICER,
            Roles.CAMPUS_SYSTEM);
    private static final List<String> OFFICE = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF);
    /** Those who register for briefings themselves, and the office, which registers others and records attendance. */
    private static final List<String> REGISTRANTS = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT,
            Roles.FACULTY);

    /** Those who apply themselves: home students, home teachers, international applicants. */
    private static final List<String> APPLICANTS = List.of(Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT);
    /**
     * Applications: the applicants their own, the office all, a liaison their unit's, campus systems the facts
     * (ApplicationResourceTest shows who sees which), and their published results. Reviewers read what they score
     * through their assignments; leadership reads figures.
     */
    private static final List<String> APPLICATION_READERS = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT, Roles.CAMPUS_SYSTEM);
    /**
     * Reviewers, for their own assignments only (an application they are not assigned to is a 404:
     * SelectionResourceTest); the office assigns them and runs the allocation.
     */
    private static final List<String> REVIEWERS = List.of(Roles.REVIEWER);
    private static final List<String> APPLICATION_HISTORY = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT);

    /**
     * Mobilities: the office runs them; a liaison reads their unit's and approves for the home unit; students and
     * teachers their own (MobilityResourceTest: another's is a 404); campus systems read the facts. Grants: the office
     * awards and pays; whoever sees the mobility reads its grants.
     */
    private static final List<String> MOBILITY_READERS = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY, Roles.CAMPUS_SYSTEM);
    private static final List<String> MOBILITY_HISTORY = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY);
    private static final List<String> PARTICIPANTS_AND_OFFICE = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.STUDENT, Roles.FACULTY);

    /**
     * Documents: read by whoever sees the application (the applicant, the office, the college liaison of the
     * applicant's unit; ApplicationDocumentResourceTest shows another person's are a 404); added and taken away by the
     * applicant and the office (the rules say which stage is whose); verified and asked for by the office. Reviewers
     * read those of their assignments through them (ReviewDocumentResourceTest), never here. Campus systems never.
     */
    private static final List<String> DOCUMENT_READERS = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.COLLEGE_LIAISON, Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT);
    private static final List<String> DOCUMENT_WRITERS = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT);

    @TestFactory
    Stream<DynamicTest> everyOperationTimesEveryRole() {
        return matrix().requests(ProgrammesFixtures.requests()).tests();
    }

    /** Who may call what; {@link LeastDataTest} and SelectionLeastDataTest add what each of them reads. */
    public static AuthorizationMatrix matrix() {
        return new AuthorizationMatrix()
                .allow(STAFF_READ, "GET /api/programmes/partners", "GET /api/programmes/partners/{id}")
                .allow(EVERYONE, "GET /api/programmes/schemes", "GET /api/programmes/schemes/{id}",
                        "GET /api/programmes/schemes/{id}/versions", "GET /api/programmes/schemes/{id}/versions/{version}",
                        "GET /api/programmes/schemes/{id}/versions/compare")
                .allow(OFFICE, "POST /api/programmes/schemes", "PUT /api/programmes/schemes/{id}")
                .allow(EVERYONE, "GET /api/programmes/calls", "GET /api/programmes/calls/{id}")
                .allow(STAFF_READ, "GET /api/programmes/calls/{id}/versions",
                        "GET /api/programmes/calls/{id}/versions/{version}", "GET /api/programmes/calls/{id}/versions/compare")
                .allow(OFFICE, "POST /api/programmes/calls", "PUT /api/programmes/calls/{id}",
                        "POST /api/programmes/calls/{id}/transitions")
                .allow(EVERYONE, "GET /api/programmes/briefings", "GET /api/programmes/briefings/{id}")
                .allow(STAFF_READ, "GET /api/programmes/briefings/{id}/versions",
                        "GET /api/programmes/briefings/{id}/versions/{version}",
                        "GET /api/programmes/briefings/{id}/versions/compare", "GET /api/programmes/figures/briefings",
                        "GET /api/programmes/figures/briefings/export.csv",
                        "GET /api/programmes/figures/briefings/partners/export.csv")
                .allow(STAFF_READ, "GET /api/programmes/figures/applications",
                        "GET /api/programmes/figures/applications/export.csv", "GET /api/programmes/figures/selection",
                        "GET /api/programmes/figures/selection/export.csv", "GET /api/programmes/figures/mobilities",
                        "GET /api/programmes/figures/mobilities/export.csv",
                        "GET /api/programmes/figures/mobilities-by-direction",
                        "GET /api/programmes/figures/mobilities-by-direction/export.csv",
                        "GET /api/programmes/figures/funds", "GET /api/programmes/figures/funds/export.csv")
                .allow(OFFICE, "POST /api/programmes/briefings", "PUT /api/programmes/briefings/{id}",
                        "POST /api/programmes/briefings/{id}/transitions",
                        "GET /api/programmes/briefings/{briefingId}/registrations",
                        "GET /api/programmes/briefings/{briefingId}/registrations/export.csv")
                .allow(REGISTRANTS, "GET /api/programmes/briefings/my-registrations",
                        "POST /api/programmes/briefings/{briefingId}/registrations",
                        "GET /api/programmes/briefings/{briefingId}/registrations/{id}",
                        "POST /api/programmes/briefings/{briefingId}/registrations/{id}/transitions")
                .allow(APPLICATION_READERS, "GET /api/programmes/applications", "GET /api/programmes/applications/{id}")
                .allow(List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON),
                        "GET /api/programmes/applications/export.csv")
                .allow(APPLICANTS, "POST /api/programmes/applications", "PUT /api/programmes/applications/{id}")
                .allow(List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.STUDENT, Roles.FACULTY, Roles.APPLICANT),
                        "POST /api/programmes/applications/{id}/transitions")
                .allow(APPLICATION_HISTORY, "GET /api/programmes/applications/{id}/versions",
                        "GET /api/programmes/applications/{id}/versions/{version}",
                        "GET /api/programmes/applications/{id}/versions/compare")
                .allow(OFFICE, "POST /api/programmes/applications/{applicationId}/reviewers",
                        "GET /api/programmes/applications/{applicationId}/reviewers",
                        "GET /api/programmes/calls/{callId}/assignments",
                        "POST /api/programmes/calls/{callId}/allocation", "GET /api/programmes/calls/{callId}/allocation")
                .allow(REVIEWERS, "GET /api/programmes/reviews/my-assignments",
                        "GET /api/programmes/reviews/my-assignments/{applicationId}",
                        "PUT /api/programmes/reviews/my-assignments/{applicationId}/scores",
                        "POST /api/programmes/reviews/my-assignments/{applicationId}/conflict",
                        "GET /api/programmes/reviews/my-assignments/{applicationId}/documents",
                        "GET /api/programmes/reviews/my-assignments/{applicationId}/documents/{documentId}/content")
                .allow(APPLICATION_READERS, "GET /api/programmes/applications/{applicationId}/result")
                .allow(APPLICATION_HISTORY, "GET /api/programmes/applications/{applicationId}/briefings")
                .allow(MOBILITY_READERS, "GET /api/programmes/mobilities", "GET /api/programmes/mobilities/{id}")
                .allow(List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON),
                        "GET /api/programmes/mobilities/export.csv")
                .allow(OFFICE, "POST /api/programmes/mobilities", "PUT /api/programmes/mobilities/{id}",
                        "POST /api/programmes/mobilities/{id}/transitions")
                .allow(PARTICIPANTS_AND_OFFICE, "PUT /api/programmes/mobilities/{id}/learning-agreement",
                        "PUT /api/programmes/mobilities/{id}/report")
                .allow(MOBILITY_HISTORY, "POST /api/programmes/mobilities/{id}/learning-agreement/approvals",
                        "GET /api/programmes/mobilities/{id}/versions",
                        "GET /api/programmes/mobilities/{id}/versions/{version}",
                        "GET /api/programmes/mobilities/{id}/versions/compare")
                .allow(MOBILITY_READERS, "GET /api/programmes/grants", "GET /api/programmes/grants/{id}")
                .allow(OFFICE, "POST /api/programmes/grants", "PUT /api/programmes/grants/{id}",
                        "POST /api/programmes/grants/{id}/transitions", "GET /api/programmes/grants/funding",
                        "GET /api/programmes/grants/{id}/versions", "GET /api/programmes/grants/{id}/versions/{version}",
                        "GET /api/programmes/grants/{id}/versions/compare")
                .allow(DOCUMENT_READERS, "GET /api/programmes/applications/{id}/documents",
                        "GET /api/programmes/applications/{id}/documents/{documentId}",
                        "GET /api/programmes/applications/{id}/documents/{documentId}/content",
                        "GET /api/programmes/applications/{id}/host-requirements")
                .allow(DOCUMENT_WRITERS, "POST /api/programmes/applications/{id}/documents",
                        "DELETE /api/programmes/applications/{id}/documents/{documentId}")
                .allow(OFFICE, "POST /api/programmes/applications/{id}/documents/{documentId}/verification",
                        "POST /api/programmes/applications/{id}/host-requirements");
    }
}
