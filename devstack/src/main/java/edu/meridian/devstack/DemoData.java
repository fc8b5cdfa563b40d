package edu.meridian.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the demo data files ({@code devstack/demo/<service>/*.json}) through the gateway's public API, as the demo
 * office-admin with a token from Keycloak's {@code meridian-cli} client, so everything passes the same validation as
 * real input. Idempotent: what exists (same English name, same reference code) is not created again, and a record
 * left half-way (e.g. an agreement still in draft) is moved on along its transitions.
 *
 * <p>In the files: {@code {{today}}}, {@code {{today-2y+30d}}}… are dates relative to the day of loading (in the
 * university's time zone, Asia/Shanghai); {@code {{ay}}}, {@code {{ay+1}}} academic years such as {@code 2026/27};
 * a string {@code "@institution:<English name>"} is that institution's id; keys starting with {@code $} are
 * instructions to the loader ({@code $status}, {@code $transitions}) and are not sent.
 */
final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TODAY = Pattern.compile("\\{\\{today((?:[+-]\\d+[dmy])*)}}");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d+)([dmy])");
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("\\{\\{ay([+-]\\d+)?}}");
    private static final String INSTITUTION_REF = "@institution:";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String tokenEndpoint;
    private final String username;
    private final String password;
    private final LocalDate today;
    private final Consumer<String> progress;
    private final Map<String, String> institutions = new HashMap<>();
    private String token;
    private int created;
    private int existing;

    DemoData(String gateway, String realmUrl, String username, String password, Consumer<String> progress) {
        this.gateway = gateway;
        this.tokenEndpoint = realmUrl + "/protocol/openid-connect/token";
        this.username = username;
        this.password = password;
        this.today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        this.progress = progress;
    }

    /** Loads partners-service's demo data; returns a one-line summary. */
    String loadPartners(Path folder) {
        login();
        for (JsonNode institution : read(folder.resolve("institutions.json"))) {
            institution(institution);
        }
        progress.accept("institutions: " + institutions.size());
        for (JsonNode alliance : read(folder.resolve("alliances.json"))) {
            byName("/api/partners/alliances", alliance, "name");
        }
        int agreements = 0;
        for (JsonNode agreement : read(folder.resolve("agreements.json"))) {
            agreement(agreement);
            agreements++;
        }
        progress.accept("agreements: " + agreements);
        for (JsonNode programme : read(folder.resolve("joint-programmes.json"))) {
            byName("/api/partners/joint-programmes", programme, "name");
        }
        return created + " records created, " + existing + " already there";
    }

    // ---- records

    private void institution(JsonNode data) {
        String en = data.path("name").path("en").asText();
        Response found = find("/api/partners/institutions", en, "name");
        String id;
        if (found != null) {
            existing++;
            id = found.body.path("id").asText();
        } else {
            Response response = send("POST", "/api/partners/institutions", body(data), null, 201);
            created++;
            id = response.body.path("id").asText();
            found = response;
        }
        institutions.put(en, id);
        String wanted = data.path("$status").asText(null);
        if (wanted != null) {
            Response current = send("GET", "/api/partners/institutions/" + id, null, null, 200);
            if (!wanted.equals(current.body.path("status").asText())) {
                send("POST", "/api/partners/institutions/" + id + "/transitions",
                        JSON.createObjectNode().put("to", wanted), current.etag, 200);
            }
        }
    }

    /** An alliance or joint programme: created unless one with the same English name exists; then its transitions. */
    private void byName(String path, JsonNode data, String nameField) {
        String en = data.path(nameField).path("en").asText();
        Response found = find(path, en, nameField);
        String id;
        if (found != null) {
            existing++;
            id = found.body.path("id").asText();
        } else {
            id = send("POST", path, body(data), null, 201).body.path("id").asText();
            created++;
        }
        transitions(path, id, data.path("$transitions"), "status");
    }

    private void agreement(JsonNode data) {
        String code = data.path("referenceCode").asText();
        Response found = find("/api/partners/agreements", code, "referenceCode");
        String id;
        if (found != null) {
            existing++;
            id = found.body.path("id").asText();
        } else {
            id = send("POST", "/api/partners/agreements", body(data), null, 201).body.path("id").asText();
            created++;
        }
        transitions("/api/partners/agreements", id, data.path("$transitions"), "state");
    }

    /**
     * Moves a record along the listed steps ({@code "approved"} or {@code {"to": "terminated", "reason": "…"}}),
     * starting after the step it is already in, so a second run changes nothing.
     */
    private void transitions(String path, String id, JsonNode steps, String stateField) {
        if (!steps.isArray() || steps.isEmpty()) {
            return;
        }
        Response current = send("GET", path + "/" + id, null, null, 200);
        List<JsonNode> list = new ArrayList<>();
        steps.forEach(list::add);
        int start = 0;
        String state = current.body.path(stateField).asText();
        for (int i = 0; i < list.size(); i++) {
            if (stepTarget(list.get(i)).equals(state)) {
                start = i + 1;
            }
        }
        if (start == 0 && !List.of("draft", "planned", "prospective").contains(state)) {
            return; // moved on by itself (expiring, expired…) or by someone
        }
        for (JsonNode step : list.subList(start, list.size())) {
            ObjectNode request = step.isTextual() ? JSON.createObjectNode().put("to", step.asText()) : (ObjectNode) step;
            current = send("POST", path + "/" + id + "/transitions", request, current.etag, 200);
        }
    }

    private static String stepTarget(JsonNode step) {
        return step.isTextual() ? step.asText() : step.path("to").asText();
    }

    /** The first record of a list search whose field equals the value (a name object's {@code en}, or a string). */
    private Response find(String path, String value, String field) {
        Response list = send("GET", path + "?size=50&q=" + URLEncoder.encode(value, StandardCharsets.UTF_8), null, null, 200);
        for (JsonNode item : list.body.path("items")) {
            JsonNode candidate = item.path(field);
            String text = candidate.isObject() ? candidate.path("en").asText() : candidate.asText();
            if (value.equals(text)) {
                return send("GET", path + "/" + item.path("id").asText(), null, null, 200);
            }
        }
        return null;
    }

    // ---- files

    private List<JsonNode> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            JsonNode root = JSON.readTree(dates(Files.readString(file)));
            List<JsonNode> items = new ArrayList<>();
            root.forEach(items::add);
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Replaces the relative dates and academic years of a file's text. */
    String dates(String text) {
        Matcher days = TODAY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (days.find()) {
            LocalDate date = today;
            Matcher offset = OFFSET.matcher(days.group(1));
            while (offset.find()) {
                int amount = Integer.parseInt(offset.group(2)) * (offset.group(1).equals("-") ? -1 : 1);
                date = switch (offset.group(3)) {
                    case "y" -> date.plusYears(amount);
                    case "m" -> date.plusMonths(amount);
                    default -> date.plusDays(amount);
                };
            }
            days.appendReplacement(out, date.toString());
        }
        days.appendTail(out);
        Matcher years = ACADEMIC_YEAR.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        int first = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        while (years.find()) {
            int start = first + (years.group(1) == null ? 0 : Integer.parseInt(years.group(1)));
            years.appendReplacement(result, start + "/" + String.format("%02d", (start + 1) % 100));
        }
        years.appendTail(result);
        return result.toString();
    }

    /** The request body: loader instructions removed, institution references resolved. */
    private JsonNode body(JsonNode data) {
        JsonNode copy = data.deepCopy();
        strip(copy);
        return resolve(copy);
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getKey().startsWith("$"));
            object.forEach(DemoData::strip);
        } else if (node instanceof ArrayNode array) {
            array.forEach(DemoData::strip);
        }
    }

    private JsonNode resolve(JsonNode node) {
        if (node.isTextual() && node.asText().startsWith(INSTITUTION_REF)) {
            String name = node.asText().substring(INSTITUTION_REF.length());
            String id = institutions.get(name);
            if (id == null) {
                throw new IllegalStateException("Demo data names an unknown institution: " + name);
            }
            return TextNode.valueOf(id);
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                field.setValue(resolve(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, resolve(array.get(i)));
            }
        }
        return node;
    }

    // ---- HTTP

    private record Response(int status, JsonNode body, String etag) {
    }

    private void login() {
        String form = "grant_type=password&client_id=meridian-cli&scope=openid"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the demo login of " + username + ": " + response.body());
            }
            token = JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak's token endpoint did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Response send(String method, String path, JsonNode body, String ifMatch, int expected) {
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("Accept-Language", "en");
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == expected) {
                    JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
                    return new Response(status, json, response.headers().firstValue("ETag").orElse(null));
                }
                if (status == 401 && attempt < 3) {
                    login(); // the 5-minute access token ran out
                    continue;
                }
                if ((status == 429 || status == 502 || status == 503) && attempt < 10) {
                    long wait = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(2L);
                    Thread.sleep(Math.min(wait, 60) * 1000);
                    continue;
                }
                throw new IllegalStateException(method + " " + path + " answered " + status + " (expected " + expected
                        + "): " + response.body() + (body == null ? "" : "\nrequest: " + body));
            } catch (IOException e) {
                if (attempt < 3) {
                    continue;
                }
                throw new UncheckedIOException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
