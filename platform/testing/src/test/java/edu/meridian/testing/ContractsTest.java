package edu.meridian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contracts folder is consistent: every event type has a schema and a golden example that fits it, all listed in
 * asyncapi.yaml; every {@code $ref} between schemas reaches a file and a definition that exist, and constrains.
 */
class ContractsTest {

    private static final String SCHEMA = ".schema.json";
    private static final String EXAMPLE = ".example.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyGoldenExampleValidatesAgainstItsSchema() throws IOException {
        List<String> types = typesWith(SCHEMA);
        assertThat(types).isNotEmpty();
        for (String type : types) {
            assertThat(Contracts.exampleFile(type)).as("golden example of " + type).exists();
            assertThat(Contracts.violations(Contracts.example(type))).as(type).isEmpty();
            assertThat(Contracts.undeclared(Contracts.example(type))).as("fields of the " + type + " example no schema declares").isEmpty();
            JsonNode schema = JSON.readTree(Contracts.schemaFile(type).toFile());
            assertThat(schema.at("/properties/type/const").asText()).as("type named in " + type).isEqualTo(type);
        }
        assertThat(typesWith(EXAMPLE)).containsExactlyInAnyOrderElementsOf(types);
    }

    @Test
    void aProducersTopicAndEventTypesAreDocumentedOrListedAsMissing() {
        assertThat(Contracts.undocumented("partners.agreements", List.of("edu.meridian.partners.agreement.activated")))
                .isEmpty();
        assertThat(Contracts.undocumented("nowhere.things", List.of("edu.meridian.nowhere.thing.happened")))
                .containsExactly("asyncapi.yaml has no channel with the address nowhere.things",
                        "edu.meridian.nowhere.thing.happened: no schema events/edu.meridian.nowhere.thing.happened.schema.json",
                        "edu.meridian.nowhere.thing.happened: no golden example events/edu.meridian.nowhere.thing.happened.example.json",
                        "edu.meridian.nowhere.thing.happened: no message in asyncapi.yaml");
    }

    /** What the outbox and the inbox actually give (issue 10), said once for the suite and by every producer. */
    @Test
    void everyProducerPromisesOnlyWhatTheOutboxGives() throws IOException {
        JsonNode asyncApi = new ObjectMapper(new YAMLFactory()).readTree(Contracts.root().resolve("asyncapi.yaml").toFile());
        assertThat(asyncApi.at("/info/description").asText()).contains("At-least-once delivery", "Order per aggregate only",
                "Consumers deduplicate by the CloudEvent `id`", "`data.version`");
        Set<String> producers = new TreeSet<>();
        asyncApi.path("operations").properties().forEach(operation -> {
            JsonNode value = operation.getValue();
            if (!"send".equals(value.path("action").asText())) {
                return;
            }
            producers.add(value.path("x-meridian-application").asText());
            assertThat(value.path("description").asText()).as(operation.getKey())
                    .contains("at least once, in order per aggregate", "deduplicate by the CloudEvent id")
                    .doesNotContain("commit order");
        });
        assertThat(producers).containsExactly("admissions-service", "partners-service", "programmes-service",
                "visits-service");
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
    void everyRefIsRelativeAndReachesAFileAndDefinitionThatExist() throws IOException {
        Path root = Contracts.root();
        Set<Path> referenced = new TreeSet<>();
        List<Path> schemas;
        try (Stream<Path> files = Files.walk(root.resolve("events"))) {
            schemas = files.filter(file -> file.toString().endsWith(SCHEMA)).sorted().toList();
        }
        for (Path file : schemas) {
            JsonNode schema = JSON.readTree(file.toFile());
            assertThat(schema.path("$id").asText()).as("$id of " + file)
                    .isEqualTo(Contracts.IRI + root.relativize(file).toString().replace('\\', '/'));
            for (String ref : schema.findValuesAsText("$ref")) {
                assertThat(ref).as(ref + " in " + file).doesNotContain(":").doesNotStartWith("/");
                String[] parts = ref.split("#", 2);
                Path target = parts[0].isEmpty() ? file : file.resolveSibling(parts[0]).normalize();
                assertThat(target).as(ref + " in " + file).isRegularFile();
                referenced.add(target);
                if (parts.length == 2) {
                    assertThat(JSON.readTree(target.toFile()).at(parts[1]).isMissingNode()).as(ref + " in " + file).isFalse();
                }
            }
        }
        try (Stream<Path> common = Files.list(root.resolve("events").resolve("common"))) {
            assertThat(referenced).as("every shared schema is used").containsAll(common.toList());
        }
    }

    @Test
    void anEventThatBreaksItsSchemaIsReported() throws IOException {
        String type = typesWith(SCHEMA).get(0);
        ObjectNode example = (ObjectNode) JSON.readTree(Contracts.example(type));
        example.put("specversion", "0.3");
        example.remove("data");

        assertThat(Contracts.violations(example.toString())).hasSizeGreaterThanOrEqualTo(2);
    }

    /** Each of these constraints lives only in a shared file, reached through one or two {@code $ref}s. */
    @Test
    void theSharedSchemasConstrainEveryEventThatRefersToThem() throws IOException {
        String signed = "edu.meridian.partners.agreement.signed";
        assertRefused(signed, event -> ((ObjectNode) event.get("data")).remove("agreementId"), "required property 'agreementId'");
        assertRefused(signed, event -> ((ObjectNode) event.get("data")).put("predecessorId", "AGR-2026-0041"), "$.data.predecessorId");
        assertRefused(signed, event -> ((ObjectNode) event.at("/data/title")).remove("en"), "$.data.title: required property 'en'");
        assertRefused(signed, event -> ((ObjectNode) event.get("data")).put("state", "active"), "$.data.state");
        assertRefused(signed, event -> event.put("subject", "AGR-2026-0042"), "$.subject");
        assertRefused(signed, event -> event.remove("time"), "required property 'time'");
        String registered = "edu.meridian.partners.institution.registered";
        assertRefused(registered, event -> ((ObjectNode) event.get("data")).putArray("contacts"), "$.data: must not be valid");
        assertRefused(registered, event -> ((ObjectNode) event.at("/data/name")).put("zh", ""), "$.data.name.zh");
        // An agreement's type on an institution's data: the envelope fits, the data does not.
        JsonNode institution = readExample(registered).get("data");
        assertRefused(signed, event -> event.set("data", institution), "required property 'agreementId'");
    }

    @Test
    void unknownEnvelopeAttributesAndDataFieldsAreAcceptedButReportedAsUndeclared() throws IOException {
        ObjectNode event = readExample("edu.meridian.partners.agreement.expiring");
        event.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        ((ObjectNode) event.get("data")).put("someFutureField", 1);
        ((ObjectNode) event.at("/data/conditions/0")).put("someFutureTerm", "x");

        assertThat(Contracts.violations(event.toString())).isEmpty();
        assertThat(Contracts.undeclared(event.toString()))
                .containsExactly("/data/conditions/0/someFutureTerm", "/data/someFutureField", "/traceparent");
    }

    private static void assertRefused(String type, Consumer<ObjectNode> change, String expected) throws IOException {
        ObjectNode event = readExample(type);
        change.accept(event);
        assertThat(Contracts.violations(event.toString())).as(type + ", expecting " + expected)
                .anySatisfy(violation -> assertThat(violation).contains(expected));
    }

    private static ObjectNode readExample(String type) throws IOException {
        return (ObjectNode) JSON.readTree(Contracts.example(type));
    }

    private static List<String> typesWith(String suffix) throws IOException {
        Path events = Contracts.root().resolve("events");
        try (Stream<Path> files = Files.list(events)) {
            return new ArrayList<>(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(suffix))
                    .map(name -> name.substring(0, name.length() - suffix.length()))
                    .sorted().toList());
        }
    }
}
