package edu.meridian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role reads of one existing record through one read operation (least data per role, OWASP API3): which
 * fields are there and which are withheld, and from whom the record is hidden. {@link AuthorizationMatrix#reads}
 * runs it for every role the matrix lets call the operation:
 * <pre>{@code
 * ResponseFields.of("GET /api/partners/agreements/{id}", Map.of("id", id))
 *         .onlyFor(List.of("office-admin", "office-staff"), "notes", "owner")
 *         .notFor(List.of("campus-system"), "createdBy")
 *         .hiddenFrom(List.of("student"))
 * }</pre>
 * A response is a record, a page ({@code items}) or an array of records; a field (dotted for nested ones,
 * {@code snapshot.notes}) counts as shown when at least one record has it with a value, and as withheld when none has.
 */
public final class ResponseFields {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String operation;
    private final String path;
    private final Map<String, Object> query = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private Set<String> hiddenFrom = Set.of();

    /** {@code only}: these roles alone read the fields; otherwise these roles alone do not. */
    private record Rule(Set<String> roles, boolean only, List<String> fields) {

        boolean shows(String role) {
            return roles.contains(role) == only;
        }
    }

    private ResponseFields(String operation, String path) {
        this.operation = operation;
        this.path = path;
    }

    /** The operation ({@code "GET /path/{id}"}, as the matrix names it) and the values of its path variables. */
    public static ResponseFields of(String operation, Map<String, String> pathValues) {
        String template = operation.substring(operation.indexOf(' ') + 1);
        Matcher variables = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String value = pathValues.get(variables.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + variables.group(1) + "} of " + operation);
            }
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return new ResponseFields(operation, variables.appendTail(path).toString());
    }

    /** A query parameter, to narrow a list to the records under test. */
    public ResponseFields query(String name, Object value) {
        query.put(name, value);
        return this;
    }

    /** Only these roles read these fields; every other role that may call the operation gets them withheld. */
    public ResponseFields onlyFor(List<String> roles, String... fields) {
        rules.add(new Rule(Set.copyOf(roles), true, List.of(fields)));
        return this;
    }

    /** These roles get these fields withheld; every other role that may call the operation reads them. */
    public ResponseFields notFor(List<String> roles, String... fields) {
        rules.add(new Rule(Set.copyOf(roles), false, List.of(fields)));
        return this;
    }

    /** These roles do not get the record at all: 404 for one record, no record in a list. */
    public ResponseFields hiddenFrom(List<String> roles) {
        hiddenFrom = Set.copyOf(roles);
        return this;
    }

    String operation() {
        return operation;
    }

    @Override
    public String toString() {
        return operation + " (" + path + (query.isEmpty() ? "" : "?" + query) + ")";
    }

    /** Reads the record as this caller and checks what it got. */
    void check(String role, DemoCaller caller) {
        String name = this + " as " + role + " (" + caller + ")";
        Response response = given().auth().oauth2(caller.token()).queryParams(query).get(path);
        JsonNode body = parse(response.asString());
        boolean list = body.isArray() || body.has("items");
        if (hiddenFrom.contains(role)) {
            if (list) {
                assertThat(response.statusCode()).as(name).isEqualTo(200);
                assertThat(records(body)).as(name + ": records listed").isEmpty();
            } else {
                assertThat(response.statusCode()).as(name).isEqualTo(404);
            }
            return;
        }
        assertThat(response.statusCode()).as(name + ": " + response.asString()).isEqualTo(200);
        List<JsonNode> records = records(body);
        assertThat(records).as(name + ": records to look at").isNotEmpty();
        for (Rule rule : rules) {
            for (String field : rule.fields()) {
                boolean present = records.stream().anyMatch(record -> has(record, field));
                assertThat(present).as(name + ": " + field + (rule.shows(role) ? " shown" : " withheld"))
                        .isEqualTo(rule.shows(role));
            }
        }
    }

    private static List<JsonNode> records(JsonNode body) {
        JsonNode list = body.has("items") ? body.get("items") : body;
        List<JsonNode> records = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(records::add);
        } else {
            records.add(list);
        }
        return records;
    }

    private static boolean has(JsonNode record, String field) {
        JsonNode node = record;
        for (String segment : field.split("\\.")) {
            node = node.path(segment);
        }
        return !node.isMissingNode() && !node.isNull();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body.isEmpty() ? "{}" : body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }
}
