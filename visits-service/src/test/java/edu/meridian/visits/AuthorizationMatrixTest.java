package edu.meridian.visits;

import edu.meridian.testing.AuthorizationMatrix;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

/**
 * Who may call each operation of the service; the runner of platform/testing turns it into tests of every served
 * operation × every realm role and fails on an operation served but missing here. Record-level rules (a liaison sees
 * and runs their unit's delegations only, only the office approves, campus systems read the facts) are in
 * DelegationResourceTest. Reviewers, faculty, students, applicants and admissions officers have no business here.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> READERS = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON,
            Roles.LEADERSHIP, Roles.CAMPUS_SYSTEM);
    /** Those who read the people, programme and money of a visit (not campus systems, which get the facts). */
    private static final List<String> FULL_READERS = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF,
            Roles.COLLEGE_LIAISON, Roles.LEADERSHIP);
    private static final List<String> RUNNERS = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.COLLEGE_LIAISON);

    @TestFactory
    Stream<DynamicTest> everyOperationTimesEveryRole() {
        return matrix().requests(VisitsFixtures.requests()).tests();
    }

    /** Who may call what; LeastDataTest reads fields through the same matrix. */
    static AuthorizationMatrix matrix() {
        return new AuthorizationMatrix()
                .allow(READERS, "GET /api/visits/delegations", "GET /api/visits/delegations/{id}")
                .allow(RUNNERS, "POST /api/visits/delegations", "PUT /api/visits/delegations/{id}",
                        "POST /api/visits/delegations/{id}/transitions")
                .allow(FULL_READERS, "GET /api/visits/delegations/reports-due",
                        "GET /api/visits/delegations/{id}/versions", "GET /api/visits/delegations/{id}/versions/{version}",
                        "GET /api/visits/delegations/{id}/versions/compare")
                .allow(FULL_READERS, "GET /api/visits/delegations/{delegationId}/itinerary",
                        "GET /api/visits/delegations/{delegationId}/itinerary/{id}")
                .allow(RUNNERS, "POST /api/visits/delegations/{delegationId}/itinerary",
                        "PUT /api/visits/delegations/{delegationId}/itinerary/{id}",
                        "DELETE /api/visits/delegations/{delegationId}/itinerary/{id}")
                .allow(List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF),
                        "POST /api/visits/delegations/{delegationId}/guests/{guestId}/passport/reveal")
                .allow(List.of(Roles.OFFICE_ADMIN), "GET /api/visits/delegations/{delegationId}/passport-reveals");
    }
}
