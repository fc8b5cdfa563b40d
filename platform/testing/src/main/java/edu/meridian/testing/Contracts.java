package edu.meridian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The event contracts in the repository's {@code contracts/} folder: one JSON Schema and one golden example per
 * event type. Producers validate what they really publish; consumers feed the golden example in.
 * <p>
 * The schemas share the envelope and the data of each aggregate through relative {@code $ref}s to
 * {@code events/common/}. Every schema's {@code $id} starts with {@link #IRI}, which is mapped to the
 * {@code contracts/} folder, so references resolve to the files beside it and never to the network.
 */
public final class Contracts {

    /** The base of every schema's {@code $id}: {@code IRI + "events/<type>.schema.json"}. */
    public static final String IRI = "https://meridian.edu/contracts/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Contracts() {
    }

    /** The {@code contracts/} folder, found by walking up from the working directory. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("contracts");
            if (Files.isRegularFile(candidate.resolve("asyncapi.yaml"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No contracts/asyncapi.yaml above " + Path.of("").toAbsolutePath());
    }

    public static Path schemaFile(String type) {
        return root().resolve("events").resolve(type + ".schema.json");
    }

    public static Path exampleFile(String type) {
        return root().resolve("events").resolve(type + ".example.json");
    }

    /** The golden example of an event type, as JSON text. */
    public static String example(String type) {
        return read(exampleFile(type));
    }

    /**
     * What a producer has left undocumented: its topic among the channels of asyncapi.yaml, and for each of its event
     * types a schema, a golden example and a message there. Empty when all is there; {@code ContractsTest} checks that
     * what is there is valid (every example against its schema, every message against the files).
     */
    public static List<String> undocumented(String topic, Collection<String> types) {
        String asyncApi = read(root().resolve("asyncapi.yaml"));
        List<String> missing = new ArrayList<>();
        if (!asyncApi.contains("address: " + topic + "\n")) {
            missing.add("asyncapi.yaml has no channel with the address " + topic);
        }
        for (String type : types) {
            if (!Files.isRegularFile(schemaFile(type))) {
                missing.add(type + ": no schema " + root().relativize(schemaFile(type)));
            }
            if (!Files.isRegularFile(exampleFile(type))) {
                missing.add(type + ": no golden example " + root().relativize(exampleFile(type)));
            }
            if (!asyncApi.contains("name: " + type + "\n")) {
                missing.add(type + ": no message in asyncapi.yaml");
            }
        }
        return missing;
    }

    /** The violations of a CloudEvent (JSON text) against the schema of its {@code type}; empty when valid. */
    public static Set<String> violations(String cloudEvent) {
        JsonNode event = parse(cloudEvent);
        JsonNode type = event.get("type");
        if (type == null || !type.isTextual()) {
            return Set.of("the event has no type");
        }
        return schema(type.asText()).validate(event).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /**
     * The fields of a valid CloudEvent (JSON text) that no {@code properties} of its schema declares, as JSON pointers
     * ({@code /data/someField}, {@code /data/conditions/0/someField}). The schemas let consumers receive fields they
     * do not know; a producer's test keeps this empty so that what it publishes is documented.
     */
    public static Set<String> undeclared(String cloudEvent) {
        JsonNode event = parse(cloudEvent);
        AtomicReference<ExecutionContext> context = new AtomicReference<>();
        Set<ValidationMessage> violations = schema(event.path("type").asText()).validate(event, execution -> {
            execution.getExecutionConfig().setAnnotationCollectionEnabled(true);
            execution.getExecutionConfig().setAnnotationCollectionFilter("properties"::equals);
            context.set(execution);
        });
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("Not a valid event: " + violations);
        }
        Map<String, Set<String>> declared = new HashMap<>();
        context.get().getAnnotations().asMap().forEach((location, annotations) -> annotations.stream()
                .filter(annotation -> annotation.getKeyword().equals("properties"))
                .forEach(annotation -> declared.computeIfAbsent(pointer(location), key -> new HashSet<>())
                        .addAll(annotation.<Collection<String>>getValue())));
        Set<String> undeclared = new TreeSet<>();
        collectUndeclared(event, "", declared, undeclared);
        return undeclared;
    }

    private static void collectUndeclared(JsonNode node, String pointer, Map<String, Set<String>> declared, Set<String> undeclared) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String child = pointer + "/" + field.getKey();
                if (declared.getOrDefault(pointer, Set.of()).contains(field.getKey())) {
                    collectUndeclared(field.getValue(), child, declared, undeclared);
                } else {
                    undeclared.add(child);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndeclared(node.get(i), pointer + "/" + i, declared, undeclared);
            }
        }
    }

    private static String pointer(JsonNodePath location) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            pointer.append('/').append(location.getElement(i));
        }
        return pointer.toString();
    }

    private static JsonSchema schema(String type) {
        Path file = schemaFile(type);
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException("Missing contract file " + file, new NoSuchFileException(file.toString()));
        }
        return Registry.SCHEMAS.getSchema(SchemaLocation.of(IRI + root().relativize(file).toString().replace('\\', '/')));
    }

    /** Built on first use: {@link #schema} has found the contracts folder by then. */
    private static final class Registry {
        static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(IRI, root().toUri().toString())));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing contract file " + file, e);
        }
    }
}
