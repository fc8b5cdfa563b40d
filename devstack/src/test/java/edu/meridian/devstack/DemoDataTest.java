package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBodyHasReferencesReplacedByIdsAndNoLoaderInstructions() throws Exception {
        JsonNode data = JSON.readTree("""
                {"referenceCode": "DEMO-NUS", "partnerIds": ["@institution:National University of Singapore"],
                 "signatories": [{"institutionId": "@institution:National University of Singapore", "$note": "x"}],
                 "contact": "someone@example.org",
                 "$transitions": ["under_review"]}
                """);

        JsonNode body = DemoData.body(data, Map.of("institution:National University of Singapore", "42"));

        assertThat(body).isEqualTo(JSON.readTree("""
                {"referenceCode": "DEMO-NUS", "partnerIds": ["42"], "signatories": [{"institutionId": "42"}],
                 "contact": "someone@example.org"}
                """));
        assertThat(data.has("$transitions")).as("the record itself is kept").isTrue();
    }

    @Test
    void aReferenceToNoEarlierRecordIsAnError() throws Exception {
        JsonNode data = JSON.readTree("{\"foreignPartnerId\": \"@institution:Nowhere University\"}");

        assertThatThrownBy(() -> DemoData.body(data, Map.of()))
                .hasMessageContaining("@institution:Nowhere University");
    }

    @Test
    void theKeyIsReadAlongADottedPath() throws Exception {
        JsonNode record = JSON.readTree("{\"name\": {\"zh\": \"南洋理工学院\", \"en\": \"Nanyang Polytechnic\"}, \"code\": \"NYP\"}");

        assertThat(DemoData.text(record, "name.en")).isEqualTo("Nanyang Polytechnic");
        assertThat(DemoData.text(record, "code")).isEqualTo("NYP");
        assertThat(DemoData.text(record, "name")).isEmpty();
        assertThat(DemoData.text(record, "missing.en")).isEmpty();
    }
}
