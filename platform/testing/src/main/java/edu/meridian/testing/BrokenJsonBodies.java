package edu.meridian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * JSON request bodies no service may accept, and none may answer with a 5xx: broken JSON, JSON of the wrong
 * shape, and, from the operation's schema, bodies whose fields have the wrong type or impossible values.
 */
public final class BrokenJsonBodies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_DEPTH = 6;

    /** A body and what is wrong with it (the name of its test). */
    public record Body(String name, byte[] bytes) {

        public static Body of(String name, String text) {
            return new Body(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private BrokenJsonBodies() {
    }

    /** Bodies that are wrong whatever the operation expects. */
    public static List<Body> generic() {
        return List.of(
                Body.of("an empty body", ""),
                Body.of("null", "null"),
                Body.of("an array instead of an object", "[]"),
                Body.of("truncated JSON", "{"),
                Body.of("a string", "\"text\""),
                Body.of("a number", "42"),
                Body.of("a boolean", "true"),
                Body.of("arrays nested 5000 deep", "[".repeat(5_000) + "]".repeat(5_000)),
                new Body("invalid UTF-8", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
    }

    /**
     * Bodies built from the schema of the operation's JSON body; none when it is not an object with properties.
     * Each is wrong in every field at once, except the one with a string too long, which is wrong only there.
     */
    public static List<Body> forSchema(JsonNode schema) {
        if (!schema.path("properties").isObject() || schema.path("properties").isEmpty()) {
            return List.of();
        }
        List<Body> bodies = new ArrayList<>();
        ObjectNode shallow = JSON.objectNode();
        schema.path("properties").properties().forEach(p -> shallow.set(p.getKey(), wrongType(p.getValue())));
        bodies.add(body("every field of the wrong type", shallow));
        bodies.add(body("every nested value of the wrong type", walk(schema, BrokenJsonBodies::wrongType, 0)));
        bodies.add(body("impossible values (dates, formats, enums, 1e309, NUL characters)",
                walk(schema, BrokenJsonBodies::impossible, 0)));
        AtomicBoolean first = new AtomicBoolean(true);
        JsonNode tooLong = walk(schema, leaf -> leaf.has("maxLength") && first.getAndSet(false)
                ? JSON.textNode("长".repeat(Math.max(leaf.path("maxLength").asInt() + 1, 100_000))) : plausible(leaf), 0);
        if (!first.get()) {
            bodies.add(body("a string longer than its maxLength, the other fields plausible", tooLong));
        }
        return bodies;
    }

    /** A body of the schema's shape with plausible leaves (the first enum value, 1, true, "x"): a start to vary. */
    static JsonNode plausibleBody(JsonNode schema) {
        return walk(schema, BrokenJsonBodies::plausible, 0);
    }

    /** The object the schema describes, its leaves (strings, numbers, booleans, enums) made by {@code leaf}. */
    private static JsonNode walk(JsonNode schema, Function<JsonNode, JsonNode> leaf, int depth) {
        JsonNode shape = shape(schema);
        if (depth > MAX_DEPTH) {
            return JSON.nullNode();
        }
        if (shape.path("properties").isObject()) {
            ObjectNode object = JSON.objectNode();
            shape.path("properties").properties()
                    .forEach(p -> object.set(p.getKey(), walk(p.getValue(), leaf, depth + 1)));
            return object;
        }
        if (isType(shape, "array")) {
            ArrayNode array = JSON.arrayNode();
            array.add(walk(shape.path("items"), leaf, depth + 1));
            return array;
        }
        return leaf.apply(shape);
    }

    private static JsonNode wrongType(JsonNode schema) {
        JsonNode shape = shape(schema);
        if (shape.path("properties").isObject() || isType(shape, "object")) {
            return JSON.booleanNode(false);
        }
        if (isType(shape, "array")) {
            return JSON.textNode("x");
        }
        if (isType(shape, "string")) {
            return JSON.numberNode(7);
        }
        if (isType(shape, "integer") || isType(shape, "number") || isType(shape, "boolean")) {
            return JSON.textNode("x");
        }
        return JSON.arrayNode().add(JSON.objectNode());
    }

    private static JsonNode impossible(JsonNode schema) {
        if (schema.has("enum")) {
            return JSON.textNode("no-such-value");
        }
        if (isType(schema, "integer")) {
            return JSON.numberNode(new BigInteger("99999999999999999999999999"));
        }
        if (isType(schema, "number")) {
            return JSON.numberNode(new BigDecimal("1e309"));
        }
        if (isType(schema, "string")) {
            return switch (schema.path("format").asText()) {
                case "date" -> JSON.textNode("2026-02-30");
                case "date-time" -> JSON.textNode("yesterday");
                case "uuid" -> JSON.textNode("not-a-uuid");
                case "email" -> JSON.textNode("not an email");
                default -> JSON.textNode("\u0000".repeat(10));
            };
        }
        return wrongType(schema);
    }

    private static JsonNode plausible(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (isType(schema, "integer") || isType(schema, "number")) {
            return JSON.numberNode(1);
        }
        if (isType(schema, "boolean")) {
            return JSON.booleanNode(true);
        }
        return JSON.textNode("x");
    }

    /** The first schema of an {@code allOf}/{@code anyOf}/{@code oneOf}, as generated for fields with a description. */
    private static JsonNode shape(JsonNode schema) {
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.path(composition).isArray() && !schema.path(composition).isEmpty()) {
                return shape(schema.path(composition).get(0));
            }
        }
        return schema;
    }

    private static boolean isType(JsonNode schema, String type) {
        JsonNode declared = schema.path("type");
        if (declared.isArray()) {
            for (JsonNode one : declared) {
                if (one.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return declared.asText().equals(type);
    }

    private static Body body(String name, JsonNode json) {
        try {
            return new Body(name, MAPPER.writeValueAsBytes(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
