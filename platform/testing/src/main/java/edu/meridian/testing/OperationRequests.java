package edu.meridian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * How the runners call an operation: path variables filled in, {@code If-Match} set, and a minimal body of the
 * operation's first media type. A service changes only what its operations need: {@link #pathValues} and
 * {@link #body}.
 */
public final class OperationRequests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Function<String, String> pathValues = variable -> null;
    private final Map<String, Consumer<RequestSpecification>> bodies = new LinkedHashMap<>();

    private OperationRequests() {
    }

    /** Integer path variables are 1, all others a new random UUID; bodies as {@link #body} says. */
    public static OperationRequests standard() {
        return new OperationRequests();
    }

    /** The value of a path variable by its name (an existing id, say); {@code null} keeps the standard value. */
    public OperationRequests pathValues(Function<String, String> values) {
        this.pathValues = values;
        return this;
    }

    /**
     * The body sent to operations whose first request media type starts with this one. Without it: {@code {}} for
     * JSON, the schema's parts for multipart (files as a small PDF), an empty body otherwise.
     */
    public OperationRequests body(String mediaType, Consumer<RequestSpecification> body) {
        bodies.put(mediaType, body);
        return this;
    }

    public String path(ApiOperation operation) {
        Matcher variables = VARIABLE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, Matcher.quoteReplacement(value(operation, variables.group(1))));
        }
        return variables.appendTail(path).toString();
    }

    /** A request with {@code If-Match} and the token (none if {@code null}), for a body of the caller's. */
    public RequestSpecification withoutBody(String token) {
        RequestSpecification request = given().header("If-Match", "\"0\"");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /** A request with {@code If-Match}, the token (none if {@code null}) and the minimal body. */
    public RequestSpecification request(ApiOperation operation, String token) {
        RequestSpecification request = withoutBody(token);
        operation.requestMediaType().ifPresent(mediaType -> body(operation, mediaType, request));
        return request;
    }

    public Response send(ApiOperation operation, String token) {
        return request(operation, token).request(operation.method(), path(operation));
    }

    private String value(ApiOperation operation, String variable) {
        String given = pathValues.apply(variable);
        if (given != null) {
            return given;
        }
        boolean integer = operation.parameter(variable, "path")
                .map(parameter -> parameter.schema().path("type").asText())
                .filter(type -> type.equals("integer")).isPresent();
        return integer ? "1" : UUID.randomUUID().toString();
    }

    private void body(ApiOperation operation, String mediaType, RequestSpecification request) {
        for (Map.Entry<String, Consumer<RequestSpecification>> body : bodies.entrySet()) {
            if (mediaType.startsWith(body.getKey())) {
                body.getValue().accept(request);
                return;
            }
        }
        if (mediaType.startsWith(ApiOperation.JSON)) {
            request.contentType(mediaType).body("{}");
        } else if (mediaType.startsWith("multipart/")) {
            multipart(operation.bodySchema(mediaType), request);
        } else {
            request.contentType(mediaType).body(new byte[0]);
        }
    }

    private static void multipart(JsonNode schema, RequestSpecification request) {
        JsonNode parts = schema.path("properties");
        if (parts.isEmpty()) {
            request.multiPart("file", "file.pdf", PDF, "application/pdf");
        }
        parts.properties().forEach(part -> {
            if ("binary".equals(part.getValue().path("format").asText())) {
                request.multiPart(part.getKey(), part.getKey() + ".pdf", PDF, "application/pdf");
            } else {
                request.multiPart(part.getKey(), "x");
            }
        });
    }
}
