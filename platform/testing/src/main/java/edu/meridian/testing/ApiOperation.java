package edu.meridian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of a service's OpenAPI document.
 *
 * @param method            upper case, {@code POST}
 * @param path              the path template, {@code /api/partners/agreements/{id}}
 * @param operationId       {@code null} when the document has none
 * @param requestBodies media type → schema of the request body (references resolved), in the document's order;
 *                      empty when the operation takes no body
 * @param parameters    path, query and header parameters
 */
public record ApiOperation(String method, String path, String operationId, Map<String, JsonNode> requestBodies,
        List<Parameter> parameters) {

    public static final String JSON = "application/json";

    /** {@code "METHOD /path/template"}, the way authorisation matrices name an operation. */
    public String key() {
        return method + " " + path;
    }

    /** The first media type of the request body, the one the runners send. */
    public Optional<String> requestMediaType() {
        return requestBodies.keySet().stream().findFirst();
    }

    public boolean takesJson() {
        return requestBodies.containsKey(JSON);
    }

    /** The schema of the request body of this media type; a missing node when there is none. */
    public JsonNode bodySchema(String mediaType) {
        return requestBodies.getOrDefault(mediaType, MissingNode.getInstance());
    }

    public Optional<Parameter> parameter(String name, String in) {
        return parameters.stream().filter(p -> p.name().equals(name) && p.in().equals(in)).findFirst();
    }

    @Override
    public String toString() {
        return key();
    }

    /** @param in {@code path}, {@code query}, {@code header} or {@code cookie} */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }
}
