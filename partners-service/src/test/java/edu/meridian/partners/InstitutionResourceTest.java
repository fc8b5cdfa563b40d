package edu.meridian.partners;

import edu.meridian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class InstitutionResourceTest {

    static final String STAFF = Tokens.user("wang.fang").roles(Roles.OFFICE_STAFF).sign();

    @Test
    void registersAnInstitutionAndReadsItBack() {
        String id = given().auth().oauth2(STAFF).contentType(ContentType.JSON)
                .body("""
                        {"name": {"zh": "南洋理工学院", "en": "Nanyang Polytechnic"}, "country": "SG",
                         "kind": "university", "city": "Singapore", "tags": ["nursing"],
                         "contacts": [{"name": "Tan Mei Ling", "email": "tan@nyp.edu.sg"}]}""")
                .post("/api/partners/institutions")
                .then().statusCode(201)
                .body("status", equalTo("prospective"))
                .body("countryName.zh", equalTo("新加坡"))
                .body("allowedTransitions", hasItem("active"))
                .extract().path("id");
        given().auth().oauth2(STAFF).get("/api/partners/institutions/" + id)
                .then().statusCode(200).body("name.en", equalTo("Nanyang Polytechnic"))
                .body("contacts[0].name", equalTo("Tan Mei Ling"));
    }
}
