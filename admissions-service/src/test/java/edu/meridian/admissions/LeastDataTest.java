package edu.meridian.admissions;

import edu.meridian.admissions.programme.ProgrammeFixtures;
import edu.meridian.testing.ResponseFields;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What each role reads of the catalogue (least data per role, OWASP API3; issue 10), field by field, for every role
 * the authorisation matrix lets read: everyone reads a programme and its intakes, and only the admissions office
 * reads who changed them. (Applications are the applicant's own and the office's: the matrix and
 * ApplicationResourceTest keep them from everyone else.)
 */
@QuarkusTest
class LeastDataTest {

    private static final List<String> OFFICE = List.of(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER);
    private static final String[] FACTS = {"code", "name", "level", "language", "tuition"};

    @TestFactory
    Stream<DynamicTest> onlyTheOfficeReadsWhoChangedTheCatalogue() {
        String code = "LEAST-" + AdmissionsFixtures.unique().toUpperCase();
        String programme = ProgrammeFixtures.programme(ProgrammeFixtures.mbbsBody(code, "\"passport\""));
        String intake = ProgrammeFixtures.openIntake(programme, 10);

        return AuthorizationMatrixTest.matrix().reads(
                ResponseFields.of("GET /api/admissions/programmes/{id}", Map.of("id", programme))
                        .onlyFor(OFFICE, "createdBy", "updatedBy").notFor(List.of(), FACTS),
                ResponseFields.of("GET /api/admissions/programmes", Map.of()).query("q", code)
                        .onlyFor(OFFICE, "createdBy", "updatedBy").notFor(List.of(), FACTS),
                ResponseFields.of("GET /api/admissions/intakes/{id}", Map.of("id", intake))
                        .onlyFor(OFFICE, "createdBy", "updatedBy").notFor(List.of(), "startsOn", "places", "programmeCode"),
                ResponseFields.of("GET /api/admissions/intakes", Map.of()).query("programmeId", programme)
                        .onlyFor(OFFICE, "createdBy", "updatedBy").notFor(List.of(), "startsOn", "places"))
                .fieldTests();
    }
}
