package edu.meridian.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void numbersThatReadBackFromJsonbDifferentlyAreNotChanges() throws Exception {
        // as stored and read back: floats become doubles, whole numbers ints
        JsonNode stored = JSON.readTree("""
                {"share": 35.5, "rows": [{"credits": 4}], "intake": 60}""");
        // as the entity holds them now: BigDecimal with the column's scale
        JsonNode fresh = JSON.valueToTree(Map.of("share", new BigDecimal("35.50"),
                "rows", List.of(Map.of("credits", new BigDecimal("4"))), "intake", 60));

        assertThat(Revisions.diff(stored, fresh)).isEmpty();
    }

    @Test
    void reportsRealChangesAtAnyDepth() throws Exception {
        JsonNode before = JSON.readTree("""
                {"share": 35.5, "rows": [{"credits": 4}], "name": {"zh": "甲", "en": "A"}}""");
        JsonNode after = JSON.valueToTree(Map.of("share", new BigDecimal("35.6"),
                "rows", List.of(Map.of("credits", new BigDecimal("4.5"))), "name", Map.of("zh", "甲", "en", "B")));

        assertThat(Revisions.diff(before, after)).extracting(Revisions.Change::field)
                .containsExactly("name.en", "rows", "share");
    }
}
