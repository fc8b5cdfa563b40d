package edu.meridian.admissions.student;

import edu.meridian.admissions.AdmissionsFixtures;
import edu.meridian.admissions.AdmissionsFixtures.Applicant;
import edu.meridian.admissions.application.ApplicationFixtures;
import edu.meridian.admissions.programme.ProgrammeFixtures;
import edu.meridian.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static edu.meridian.admissions.AdmissionsFixtures.officer;
import static edu.meridian.admissions.AdmissionsFixtures.today;
import static io.restassured.RestAssured.given;

/** Students registered through the API from applicants of their own. */
public final class StudentFixtures {

    private StudentFixtures() {
    }

    /** The applicant's token once they are a student: same account (same {@code sub}), role {@code student}. */
    public static String tokenOf(Applicant applicant) {
        return Tokens.user(applicant.username()).roles("default-roles-meridian", "student").name("Test Student")
                .locale("en").sign();
    }

    /**
     * An application whose offer the applicant accepted, then put in {@code admission_letter_issued} directly in the
     * database: letters are issued by the letter step, which is not on this branch yet.
     */
    public static String admitted(Applicant applicant) {
        String intake = ProgrammeFixtures.openIntake(ProgrammeFixtures.mbbs(), 10);
        String id = ApplicationFixtures.underReview(applicant, intake);
        String offer = ApplicationFixtures.offer(officer(), id, 1, "unconditional", "", today().plusDays(10)).then()
                .statusCode(200).extract().path("offers[0].id");
        ApplicationFixtures.answer(applicant, id, offer, "accept").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("update admission_application set state = 'admission_letter_issued', "
                        + "version = version + 1 where id = cast(?1 as uuid)")
                .setParameter(1, id).executeUpdate());
        return id;
    }

    /** An admitted applicant whose arrival an officer recorded. */
    public static String arrived(Applicant applicant) {
        String id = admitted(applicant);
        ApplicationFixtures.move(officer(), id, "arrived", null).then().statusCode(200);
        return id;
    }

    public static Response register(String token, String application, Instant arrivedAt) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"applicationId": "%s", "arrivedAt": "%s", "cohort": "2026", "unit": "clinical-medicine",
                 "advisor": "liu.qiang"}""".formatted(application, arrivedAt))
                .post("/api/admissions/students");
    }

    /** A registered degree student, arrived yesterday; their id. */
    public static String student(Applicant applicant) {
        return register(officer(), arrived(applicant), Instant.now().minus(1, ChronoUnit.DAYS)).then().statusCode(201)
                .extract().path("id");
    }

    public static String etag(String token, String student) {
        return given().auth().oauth2(token).get("/api/admissions/students/" + student).then().statusCode(200)
                .extract().header("ETag");
    }

    public static Response move(String token, String student, String to, String reason) {
        String body = reason == null ? "{\"to\": \"%s\"}".formatted(to)
                : "{\"to\": \"%s\", \"reason\": \"%s\"}".formatted(to, reason);
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, student))
                .body(body).post("/api/admissions/students/" + student + "/transitions");
    }

    static String unique() {
        return AdmissionsFixtures.unique();
    }
}
