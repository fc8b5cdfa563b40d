package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
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
    void aPathFieldIsTheIdTheRecordsLoaderFieldRefersToAndIsNotSent() throws Exception {
        JsonNode data = JSON.readTree("{\"$briefing\": \"@briefing:Jinyun 2024\", \"person\": \"liu.yang\"}");
        DemoManifest.Entry entry = new DemoManifest.Entry("registrations.json",
                "/api/programmes/briefings/{$briefing}/registrations", "person", Optional.empty(), Optional.of("state"));
        Map<String, String> ids = Map.of("briefing:Jinyun 2024", "42");

        assertThat(DemoData.path(entry, data, ids)).isEqualTo("/api/programmes/briefings/42/registrations");
        assertThat(DemoData.body(data, ids)).isEqualTo(JSON.readTree("{\"person\": \"liu.yang\"}"));
        assertThatThrownBy(() -> DemoData.path(entry, JSON.readTree("{\"person\": \"liu.yang\"}"), ids))
                .hasMessageContaining("$briefing");
        assertThatThrownBy(() -> DemoData.path(entry, data, Map.of())).hasMessageContaining("@briefing:Jinyun 2024");
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
