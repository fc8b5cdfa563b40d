package edu.meridian.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/** Walks an OpenAPI 3 document: every operation with its request body and parameters. */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    /** Deep enough for any request record; stops self-referencing schemas. */
    private static final int MAX_REFERENCE_DEPTH = 8;

    private OpenApiOperations() {
    }

    /** The operations of the service under test, read from its live {@code /q/openapi}. */
    public static List<ApiOperation> served() {
        return of(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    public static List<ApiOperation> of(String document) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an OpenAPI document in JSON", e);
        }
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(operation(root, entry.getKey(), path.getKey(), path.getValue(), entry.getValue()));
                }
            }
        }
        return operations;
    }

    private static ApiOperation operation(JsonNode root, String method, String path, JsonNode pathItem, JsonNode operation) {
        JsonNode body = resolve(root, operation.path("requestBody"), 0);
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        body.path("content").properties().forEach(content -> bodies.put(content.getKey(), content.getValue().path("schema")));
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode declared : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : declared) {
                JsonNode resolved = resolve(root, parameter, 0);
                parameters.add(new ApiOperation.Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                        resolved.path("required").asBoolean(false), resolved.path("schema")));
            }
        }
        return new ApiOperation(method.toUpperCase(), path,
                operation.hasNonNull("operationId") ? operation.get("operationId").asText() : null,
                Collections.unmodifiableMap(bodies), List.copyOf(parameters));
    }

    /** A copy of the node with every {@code $ref} replaced by what it points to. */
    private static JsonNode resolve(JsonNode root, JsonNode node, int depth) {
        if (node.has("$ref")) {
            if (depth >= MAX_REFERENCE_DEPTH) {
                return MissingNode.getInstance();
            }
            String pointer = node.get("$ref").asText();
            if (!pointer.startsWith("#")) {
                throw new IllegalArgumentException("Only references inside the document are followed: " + pointer);
            }
            return resolve(root, root.at(pointer.substring(1)), depth + 1);
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.properties().forEach(entry -> {
                JsonNode value = resolve(root, entry.getValue(), depth);
                if (!value.isMissingNode()) {
                    copy.set(entry.getKey(), value);
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(element -> {
                JsonNode value = resolve(root, element, depth);
                if (!value.isMissingNode()) {
                    copy.add(value);
                }
            });
            return copy;
        }
        return node;
    }
}
