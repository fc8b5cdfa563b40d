package edu.meridian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formed requests with hostile values, sent to EXISTING records so that the business code runs, not only the
 * JSON parser: huge numbers, far dates, very long strings, control characters (NUL included), wrong enum case and huge
 * lists, one value at a time, in every query parameter of every operation and in every field of every JSON body.
 * Every answer must be a 2xx (the value is legitimately accepted) or a 4xx {@code application/problem+json}, never a
 * 5xx; after a 4xx the record is as it was. The operations come from the live OpenAPI document, so a new endpoint is
 * covered without code; the service's test names its existing records and, where it can, a valid body to vary:
 * <pre>{@code
 * HostileValues.as(Callers.ZHANG_WEI)
 *         .record("/api/partners/agreements/{id}", agreementId)
 *         .body("PUT /api/partners/agreements/{id}", validAgreementJson)
 *         .tests();
 * }</pre>
 * A JSON operation without a body of the service's gets a body of its schema's shape with plausible values.
 * {@code DELETE} operations are left out (they would remove the records under test), and so are bodies that are not
 * JSON (uploads, imports).
 */
public final class HostileValues {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Long, but short enough that the request line stays under the HTTP server's limit. */
    private static final String LONG_QUERY_VALUE = "x".repeat(3_000);
    private static final int HUGE_LIST = 1_000;

    private final DemoCaller caller;
    private final Map<String, String> records = new LinkedHashMap<>();
    private final Map<String, JsonNode> bodies = new LinkedHashMap<>();

    /** A value to send and what is hostile about it (the name of its test). */
    record Value(String name, JsonNode json) {

        String text() {
            return json.isTextual() ? json.asText() : json.toString();
        }
    }

    private HostileValues(DemoCaller caller) {
        this.caller = caller;
    }

    /** Sends the values as this caller, who should pass every role check (an office admin). */
    public static HostileValues as(DemoCaller caller) {
        return new HostileValues(caller);
    }

    /**
     * An existing record: {@code template} is the path that reads it ({@code /api/partners/agreements/{id}}), its last
     * variable is filled with {@code id}; every operation under that path gets this id for that variable.
     */
    public HostileValues record(String template, String id) {
        records.put(template, id);
        return this;
    }

    /** A valid JSON body of this operation ({@code "PUT /path/{id}"}), varied one field at a time. */
    public HostileValues body(String operation, String json) {
        try {
            bodies.put(operation, MAPPER.readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException("Not JSON: the body of " + operation, e);
        }
        return this;
    }

    public Stream<DynamicTest> tests() {
        List<ApiOperation> served = OpenApiOperations.served().stream()
                .filter(operation -> !operation.method().equals("DELETE"))
                .filter(operation -> operation.requestMediaType().isEmpty() || operation.takesJson())
                .toList();
        List<String> unknown = bodies.keySet().stream()
                .filter(key -> served.stream().noneMatch(operation -> operation.key().equals(key))).toList();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("every body given belongs to a JSON operation served",
                () -> assertThat(unknown).as("bodies of operations not served").isEmpty()));
        for (ApiOperation operation : served) {
            JsonNode body = operation.takesJson() ? bodies.getOrDefault(operation.key(),
                    BrokenJsonBodies.plausibleBody(operation.bodySchema(ApiOperation.JSON))) : null;
            for (ApiOperation.Parameter parameter : operation.parameters()) {
                if (parameter.in().equals("query")) {
                    for (Value value : queryValues(parameter.schema())) {
                        tests.add(test(operation, "query parameter " + parameter.name() + " = " + value.name(),
                                request -> request.queryParam(parameter.name(), value.text()), body));
                    }
                }
            }
            if (body != null) {
                for (Map.Entry<String, JsonNode> varied : variations(body).entrySet()) {
                    JsonNode hostile = varied.getValue();
                    tests.add(test(operation, "body " + varied.getKey(), request -> request
                            .contentType(ApiOperation.JSON).body(bytes(hostile)), null));
                }
            }
        }
        return tests.stream();
    }

    private DynamicTest test(ApiOperation operation, String what, java.util.function.Consumer<RequestSpecification> hostile,
            JsonNode body) {
        String name = operation + " with " + what + " → 2xx or 4xx problem, nothing changed on a 4xx";
        return DynamicTest.dynamicTest(name, () -> {
            String path = path(operation);
            String record = recordOf(operation);
            Response before = record == null ? null : read(record);
            RequestSpecification request = given().auth().oauth2(caller.token())
                    .header("If-Match", before == null || before.header("ETag") == null ? "\"0\"" : before.header("ETag"));
            if (body != null) {
                request.contentType(ApiOperation.JSON).body(bytes(body));
            }
            hostile.accept(request);
            Response response = request.request(operation.method(), path);
            int status = response.statusCode();
            assertThat(status).as(name + ": " + abbreviated(response.asString())).isLessThan(500);
            if (status >= 400) {
                assertThat(status).as(name).isBetween(400, 499);
                assertThat(response.contentType()).as(name + ": content type").startsWith("application/problem+json");
                if (before != null && !operation.method().equals("GET")) {
                    assertThat(read(record).asString()).as(name + ": the record after the refusal")
                            .isEqualTo(before.asString());
                }
            }
        });
    }

    private Response read(String path) {
        return given().auth().oauth2(caller.token()).get(path);
    }

    /** The path with every variable filled from the records (random UUIDs, or 1 for integers, where none is named). */
    private String path(ApiOperation operation) {
        Matcher variables = VARIABLE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String prefix = operation.path().substring(0, variables.end());
            String value = records.get(prefix);
            if (value == null) {
                boolean integer = operation.parameter(variables.group(1), "path")
                        .map(parameter -> parameter.schema().path("type").asText().equals("integer")).orElse(false);
                value = integer ? "1" : UUID.randomUUID().toString();
            }
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return variables.appendTail(path).toString();
    }

    /** The path of the record the operation works on: the longest named record its path starts with. */
    private String recordOf(ApiOperation operation) {
        String longest = null;
        for (String template : records.keySet()) {
            if ((operation.path().equals(template) || operation.path().startsWith(template + "/"))
                    && (longest == null || template.length() > longest.length())) {
                longest = template;
            }
        }
        if (longest == null) {
            return null;
        }
        String filled = path(new ApiOperation("GET", longest, null, Map.of(), operation.parameters()));
        return filled;
    }

    /** Hostile values for a query parameter of this schema: for its type, and the ones any text can carry. */
    static List<Value> queryValues(JsonNode schema) {
        JsonNode item = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
        List<Value> values = new ArrayList<>();
        String type = item.path("type").asText();
        if (type.equals("integer") || type.equals("number")) {
            values.add(new Value("2^31", JSON.textNode("2147483648")));
            values.add(new Value("-2^31-1", JSON.textNode("-2147483649")));
            values.add(new Value("a 30-digit number", JSON.textNode("9".repeat(30))));
            values.add(new Value("-1", JSON.textNode("-1")));
        }
        if (item.path("format").asText().equals("date")) {
            values.addAll(farDates());
        }
        if (item.path("enum").isArray() && !item.path("enum").isEmpty()) {
            values.add(wrongCase(item.path("enum").get(0).asText()));
        }
        values.add(new Value("a 3,000-character value", JSON.textNode(LONG_QUERY_VALUE)));
        values.add(new Value("a NUL character", JSON.textNode("a\u0000b")));
        values.add(new Value("control and bidi characters", JSON.textNode("\u0007\u001b[2J\u202e\ufeff")));
        return values;
    }

    /** The body, varied one leaf (or list) at a time, by the path of what was varied. */
    static Map<String, JsonNode> variations(JsonNode body) {
        Map<String, JsonNode> varied = new LinkedHashMap<>();
        vary(body, "", body, varied);
        return varied;
    }

    private static void vary(JsonNode root, String path, JsonNode node, Map<String, JsonNode> varied) {
        if (node.isObject()) {
            node.properties().forEach(field -> vary(root, path + "/" + field.getKey(), field.getValue(), varied));
        } else if (node.isArray()) {
            if (!node.isEmpty()) {
                ArrayNode huge = JSON.arrayNode();
                for (int i = 0; i < HUGE_LIST; i++) {
                    huge.add(node.get(0).deepCopy());
                }
                varied.put(path + " = a list of " + HUGE_LIST, replaced(root, path, huge));
                vary(root, path + "/0", node.get(0), varied);
            }
        } else {
            for (Value value : leafValues(node)) {
                varied.put(path + " = " + value.name(), replaced(root, path, value.json()));
            }
        }
    }

    private static List<Value> leafValues(JsonNode leaf) {
        List<Value> values = new ArrayList<>();
        if (leaf.isIntegralNumber()) {
            values.add(new Value("2^31", JSON.numberNode(new BigInteger("2147483648"))));
            values.add(new Value("2^63", JSON.numberNode(new BigInteger("9223372036854775808"))));
            values.add(new Value("-1", JSON.numberNode(-1)));
        } else if (leaf.isNumber()) {
            values.add(new Value("1e308", JSON.numberNode(new BigDecimal("1e308"))));
            values.add(new Value("-1e308", JSON.numberNode(new BigDecimal("-1e308"))));
        } else if (leaf.isTextual()) {
            String text = leaf.asText();
            if (DATE.matcher(text).matches()) {
                values.addAll(farDates());
            }
            if (UUID_TEXT.matcher(text).matches()) {
                values.add(new Value("an id of nothing", JSON.textNode(UUID.randomUUID().toString())));
            }
            if (!text.toUpperCase(Locale.ROOT).equals(text)) {
                values.add(wrongCase(text));
            }
            values.add(new Value("100,000 characters", JSON.textNode("长".repeat(100_000))));
            values.add(new Value("a NUL character", JSON.textNode(text + "\u0000")));
            values.add(new Value("control and bidi characters", JSON.textNode(text + "\u0007\u001b[2J\u202e")));
        }
        return values;
    }

    private static List<Value> farDates() {
        return List.of(new Value("year 1", JSON.textNode("0001-01-01")), new Value("year 9999", JSON.textNode("9999-12-31")),
                new Value("year +999999999", JSON.textNode("+999999999-12-31")));
    }

    private static Value wrongCase(String text) {
        return new Value("upper case " + abbreviated(text.toUpperCase(Locale.ROOT)), JSON.textNode(text.toUpperCase(Locale.ROOT)));
    }

    private static JsonNode replaced(JsonNode root, String path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int slash = path.lastIndexOf('/');
        JsonNode parent = copy.at(path.substring(0, slash));
        String key = path.substring(slash + 1);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(key), value);
        } else {
            ((ObjectNode) parent).set(key, value);
        }
        return copy;
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
