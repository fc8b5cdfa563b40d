package edu.meridian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The contracts folder is consistent: every event type has a schema and a golden example that fits it, all listed in asyncapi.yaml. */
class ContractsTest {

    private static final String SCHEMA = ".schema.json";
    private static final String EXAMPLE = ".example.json";

    @Test
    void everyGoldenExampleValidatesAgainstItsSchema() throws IOException {
        List<String> types = typesWith(SCHEMA);
        assertThat(types).isNotEmpty();
        for (String type : types) {
            assertThat(Contracts.exampleFile(type)).as("golden example of " + type).exists();
            assertThat(Contracts.violations(Contracts.example(type))).as(type).isEmpty();
            JsonNode schema = new ObjectMapper().readTree(Contracts.schemaFile(type).toFile());
            assertThat(schema.at("/properties/type/const").asText()).as("type named in " + type).isEqualTo(type);
        }
        assertThat(typesWith(EXAMPLE)).containsExactlyInAnyOrderElementsOf(types);
    }

    @Test
    void asyncApiListsExactlyTheSchemasThatExist() throws IOException {
        JsonNode asyncApi = new ObjectMapper(new YAMLFactory()).readTree(Contracts.root().resolve("asyncapi.yaml").toFile());
        assertThat(asyncApi.path("asyncapi").asText()).startsWith("3.");
        Set<String> listed = new TreeSet<>();
        asyncApi.path("components").path("messages").forEach(message -> {
            String reference = message.at("/payload/schema/$ref").asText();
            assertThat(Contracts.root().resolve(reference).normalize()).as(reference).exists();
            assertThat(reference).isEqualTo("./events/" + message.path("name").asText() + SCHEMA);
            listed.add(message.path("name").asText());
        });
        assertThat(listed).containsExactlyInAnyOrderElementsOf(typesWith(SCHEMA));
    }

    @Test
    void anEventThatBreaksItsSchemaIsReported() throws IOException {
        String type = typesWith(SCHEMA).get(0);
        ObjectMapper json = new ObjectMapper();
        JsonNode example = json.readTree(Contracts.example(type));
        ((com.fasterxml.jackson.databind.node.ObjectNode) example).put("specversion", "0.3");
        ((com.fasterxml.jackson.databind.node.ObjectNode) example).remove("data");

        assertThat(Contracts.violations(json.writeValueAsString(example))).hasSizeGreaterThanOrEqualTo(2);
    }

    private static List<String> typesWith(String suffix) throws IOException {
        Path events = Contracts.root().resolve("events");
        try (Stream<Path> files = Files.list(events)) {
            List<String> types = new ArrayList<>(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(suffix))
                    .map(name -> name.substring(0, name.length() - suffix.length()))
                    .sorted().toList());
            return types;
        }
    }
}
