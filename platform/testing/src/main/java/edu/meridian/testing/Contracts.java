package edu.meridian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event contracts in the repository's {@code contracts/} folder: one JSON Schema and one golden example per
 * event type. Producers validate what they really publish; consumers feed the golden example in.
 */
public final class Contracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

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

    /** The violations of a CloudEvent (JSON text) against the schema of its {@code type}; empty when valid. */
    public static Set<String> violations(String cloudEvent) {
        try {
            JsonNode event = JSON.readTree(cloudEvent);
            JsonNode type = event.get("type");
            if (type == null || !type.isTextual()) {
                return Set.of("the event has no type");
            }
            JsonSchema schema = SCHEMAS.getSchema(read(schemaFile(type.asText())));
            return schema.validate(event).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
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
