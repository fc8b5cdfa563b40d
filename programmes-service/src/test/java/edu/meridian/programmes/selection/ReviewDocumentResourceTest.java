package edu.meridian.programmes.selection;

import edu.meridian.programmes.selection.SelectionFixtures.CallInSelection;
import edu.meridian.testing.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static edu.meridian.programmes.selection.SelectionFixtures.assign;
import static edu.meridian.programmes.selection.SelectionFixtures.assignment;
import static edu.meridian.programmes.selection.SelectionFixtures.callInSelection;
import static edu.meridian.programmes.selection.SelectionFixtures.choices;
import static edu.meridian.programmes.selection.SelectionFixtures.reviewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * A reviewer reads the documents of their own assignments, read only, and nothing else: an unassigned application, one
 * they declared a conflict with, or another application's document is a 404, like one that is not there.
 */
@QuarkusTest
class ReviewDocumentResourceTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void aReviewerReadsTheDocumentsOfTheirAssignmentsOnlyWhileAssignedWithoutAConflict() {
        CallInSelection call = callInSelection(kafka, 2, 2, choices("nus", "ntu", "nus"));
        String assigned = call.applications().get(0);
        String conflicted = call.applications().get(1);
        String unassigned = call.applications().get(2);
        assign(assigned, "zhao.min").statusCode(201);
        assign(conflicted, "zhao.min").statusCode(201);

        String document = given().auth().oauth2(reviewer()).get(documents(assigned)).then().statusCode(200)
                .body("kind", contains("transcript")).body("stage", contains("application"))
                .body("contentType", contains("application/pdf"))
                .body("[0]", not(hasKey("fileName"))).body("[0]", not(hasKey("uploadedBy")))
                .body("[0]", not(hasKey("allowedActions"))).extract().path("[0].id");
        byte[] content = given().auth().oauth2(reviewer()).get(documents(assigned) + "/" + document + "/content").then()
                .statusCode(200).header("Content-Type", containsString("application/pdf"))
                .header("Content-Disposition", containsString("transcript.pdf")).extract().asByteArray();
        assertThat(new String(content, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String conflictedDocument = given().auth().oauth2(reviewer()).get(documents(conflicted)).then().statusCode(200)
                .extract().path("[0].id");

        given().auth().oauth2(reviewer()).get(documents(unassigned)).then().statusCode(404);
        given().auth().oauth2(reviewer()).get(documents(assigned) + "/" + conflictedDocument + "/content").then()
                .statusCode(404);
        String etag = given().auth().oauth2(reviewer()).get(assignment(conflicted)).then().extract().header("ETag");
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"reason\": \"He is my nephew\"}").post(assignment(conflicted) + "/conflict").then().statusCode(200);
        given().auth().oauth2(reviewer()).get(documents(conflicted)).then().statusCode(404);
        given().auth().oauth2(reviewer()).get(documents(conflicted) + "/" + conflictedDocument + "/content").then()
                .statusCode(404);
        given().auth().oauth2(Callers.ZHAO_MIN.token()).get(documents(assigned)).then().statusCode(200)
                .body("id", contains(document)).body("[0].verified", equalTo(false));
    }

    private static String documents(String application) {
        return assignment(application) + "/documents";
    }
}
