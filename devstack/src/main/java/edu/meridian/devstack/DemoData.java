package edu.meridian.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads demo folders ({@code devstack/demo/<folder>}, as their {@link DemoManifest} lists them) through the
 * gateway's public API, so everything passes the same validation as real input. Idempotent: a record whose key
 * (same English name, same reference code…) exists is not created again, and a record left half-way (e.g. an
 * agreement still in draft) is moved on along its transitions.
 *
 * <p>In the files: the dates of {@link DemoDates}; a string {@code "@<ref>:<key value>"} is the id of a record
 * loaded earlier (this folder or one loaded before it) from a manifest line with {@code ref=<ref>}, e.g.
 * {@code "@institution:Nanyang Polytechnic"}; keys starting with {@code $} are instructions to the loader and are not
 * sent: {@code $transitions}, the steps after creation, each {@code "approved"} or {@code {"to": "terminated",
 * "reason": "…"}}; {@code $as}, the demo user a record is loaded as (a student's own application: the API takes the
 * applicant from the token), signed in with the demo password {@code <user>-demo}; a step may name its own
 * {@code "$as"} (the office moves the student's application on). Without {@code $as}, the office-admin loads it.
 * A manifest path may name a loader field of each record, {@code /api/…/briefings/{$briefing}/registrations}: the
 * record's {@code "$briefing": "@briefing:…"} is then the id in its path (for records that belong to another).
 * {@code $updates} are sent to sub-resources of the record before its transitions (a mobility's learning agreement
 * and its approvals), each as the user its {@code "$as"} names.
 * {@code $documents}, {@code [{"kind": "transcript", "file": "documents/transcript.pdf"}]}: files of the folder
 * uploaded (multipart, as the record's user) to {@code <path>/{id}/documents} before its steps, each only if the record
 * has no document of that kind yet; one the API no longer takes (409: the record moved on) is left out.
 * {@code $ref}: the name later records refer to this one by, when its key value does not tell it apart (the
 * applications of one call are all keyed by the call): {@code "$ref": "zhou.xin"} makes it {@code "@application:zhou.xin"}.
 */
final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REFERENCE = Pattern.compile("@([a-z][a-z0-9-]*):(.+)");
    private static final Pattern PATH_FIELD = Pattern.compile("\\{(\\$[A-Za-z][A-Za-z0-9]*)}");

    private final GatewayClient api;
    private final Function<String, GatewayClient> users;
    private final Map<String, GatewayClient> signedIn = new HashMap<>();
    private final DemoDates dates;
    private final Consumer<String> progress;
    /** {@code <ref>:<key value>} → id, of every record with a ref loaded so far. */
    private final Map<String, String> ids = new HashMap<>();
    private int created;
    private int existing;

    DemoData(GatewayClient api, DemoDates dates, Consumer<String> progress) {
        this(api, user -> {
            throw new IllegalStateException("Demo data names the user " + user + ", but the loader signs in as one user only");
        }, dates, progress);
    }

    /** {@code users} signs in as a demo user whom a record or step names with {@code $as}. */
    DemoData(GatewayClient api, Function<String, GatewayClient> users, DemoDates dates, Consumer<String> progress) {
        this.api = api;
        this.users = users;
        this.dates = dates;
        this.progress = progress;
    }

    /** Loads one folder; returns a one-line summary of it. */
    String load(DemoManifest manifest) {
        int createdBefore = created;
        int existingBefore = existing;
        for (DemoManifest.Entry entry : manifest.entries()) {
            List<JsonNode> records = read(manifest.folder().resolve(entry.file()));
            for (JsonNode data : records) {
                load(manifest.folder(), entry, data);
            }
            progress.accept(entry.file() + ": " + records.size());
        }
        return (created - createdBefore) + " records created, " + (existing - existingBefore) + " already there";
    }

    private void load(Path folder, DemoManifest.Entry entry, JsonNode data) {
        String key = text(data, entry.key());
        if (key.isEmpty()) {
            throw new IllegalStateException("A record of " + entry.file() + " has no " + entry.key() + ": " + data);
        }
        GatewayClient client = client(data);
        String path = path(entry, data, ids);
        // A key that refers to an earlier record (an application's "@call:…") is found again by that record's id.
        String found = find(client, path, entry, text(body(data, ids), entry.key()));
        if (found != null) {
            existing++;
        } else {
            found = create(client, path, entry, data);
            created++;
        }
        String id = found;
        entry.ref().ifPresent(ref -> ids.put(ref + ":" + name(data, key), id));
        documents(client, folder, path + "/" + id, data.path("$documents"));
        updates(client, path + "/" + id, data.path("$updates"));
        transitions(client, path, entry, id, data.path("$transitions"));
    }

    /**
     * Sends each of the record's {@code $updates} to a sub-resource of it, with its current ETag: {@code {"method":
     * "PUT", "path": "/learning-agreement", "body": {…}}}, optionally {@code "$as"}. They are sent on every load, so
     * they must be harmless to repeat (the same content again); one the record no longer takes (409, it moved on) is
     * left out.
     */
    private void updates(GatewayClient client, String recordPath, JsonNode steps) {
        for (JsonNode step : steps) {
            GatewayClient sender = step.path("$as").asText("").isEmpty() ? client : client(step);
            String etag = sender.get(recordPath).etag();
            try {
                sender.update(step.path("method").asText("PUT"), recordPath + step.path("path").asText(),
                        body(step.path("body"), ids), etag);
            } catch (GatewayClient.Refused refused) {
                if (refused.status() != 409) {
                    throw refused;
                }
                // The record has moved on since the first load (a started stay's agreement is closed): leave it.
            }
        }
    }

    /** Uploads the record's {@code $documents} of kinds it has no document of yet. */
    private void documents(GatewayClient client, Path folder, String recordPath, JsonNode documents) {
        if (!documents.isArray() || documents.isEmpty()) {
            return;
        }
        List<String> present = new ArrayList<>();
        client.get(recordPath + "/documents").body().forEach(document -> present.add(document.path("kind").asText()));
        for (JsonNode document : documents) {
            String kind = document.path("kind").asText();
            if (present.contains(kind)) {
                continue;
            }
            Path file = documentFile(folder, document);
            try {
                client.upload(recordPath + "/documents", Map.of("kind", kind), file.getFileName().toString(),
                        Files.readAllBytes(file));
                present.add(kind);
            } catch (GatewayClient.Refused refused) {
                if (refused.status() != 409) {
                    throw refused;
                }
                progress.accept(recordPath + ": " + kind + " left out, the record no longer takes documents");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
    }

    /** The file a {@code $documents} item names, inside the demo folder. */
    static Path documentFile(Path folder, JsonNode document) {
        Path file = folder.resolve(document.path("file").asText("")).normalize();
        if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
            throw new IllegalStateException("A $documents item names no file of the demo folder " + folder + ": " + document);
        }
        return file;
    }

    /** The office-admin, or the demo user the record or step names with {@code $as}. */
    private GatewayClient client(JsonNode node) {
        String user = node.path("$as").asText("");
        return user.isEmpty() ? api : signedIn.computeIfAbsent(user, users);
    }

    /** The entry's API path with each {@code {$field}} replaced by the id the record's {@code $field} refers to. */
    static String path(DemoManifest.Entry entry, JsonNode data, Map<String, String> ids) {
        Matcher fields = PATH_FIELD.matcher(entry.path());
        StringBuilder path = new StringBuilder();
        while (fields.find()) {
            JsonNode value = data.path(fields.group(1));
            if (!value.isTextual()) {
                throw new IllegalStateException("A record of " + entry.file() + " has no " + fields.group(1)
                        + " for its path " + entry.path() + ": " + data);
            }
            fields.appendReplacement(path, Matcher.quoteReplacement(resolve(value.deepCopy(), ids).asText()));
        }
        return fields.appendTail(path).toString();
    }

    /**
     * Creates the record; with {@code await=}, a 400 is tried again once a second until that time is up, because what
     * the record refers to in another service may still be on its way there as an event.
     */
    private String create(GatewayClient client, String path, DemoManifest.Entry entry, JsonNode data) {
        long deadline = System.nanoTime() + entry.await().orElse(Duration.ZERO).toNanos();
        while (true) {
            try {
                return client.create(path, body(data, ids)).body().path(entry.id()).asText();
            } catch (GatewayClient.Refused refused) {
                if (refused.status() != 400 || System.nanoTime() >= deadline) {
                    throw refused;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The id of the record whose key has this value, from a list search ({@code ?q=}): a page's {@code items} or a
     * plain array (the few lists that are not paged, such as an application's reviewers); null if there is none.
     */
    private String find(GatewayClient client, String path, DemoManifest.Entry entry, String key) {
        JsonNode list = client.get(path + "?size=50&q=" + URLEncoder.encode(key, StandardCharsets.UTF_8)).body();
        for (JsonNode item : list.isArray() ? list : list.path("items")) {
            if (key.equals(text(item, entry.key()))) {
                return item.path(entry.id()).asText();
            }
        }
        return null;
    }

    /**
     * Moves a record along its steps, starting after the step it is already in, so a second run changes nothing. A
     * record in none of the steps is moved only if the first step is one of its {@code allowedTransitions} (it was
     * just created); otherwise it moved on by itself (expiring, expired…) or by someone, and stays as it is.
     */
    private void transitions(GatewayClient client, String path, DemoManifest.Entry entry, String id, JsonNode steps) {
        if (!steps.isArray() || steps.isEmpty()) {
            return;
        }
        String stateField = entry.state().orElseThrow(() -> new IllegalStateException(
                entry.file() + " has $transitions, but its manifest line names no state=<field>"));
        String recordPath = path + "/" + id;
        GatewayClient.Response current = client.get(recordPath);
        List<JsonNode> list = new ArrayList<>();
        steps.forEach(list::add);
        String state = current.body().path(stateField).asText();
        int start = 0;
        for (int i = 0; i < list.size(); i++) {
            if (target(list.get(i)).equals(state)) {
                start = i + 1;
            }
        }
        if (start == 0 && !allowed(current.body(), target(list.get(0)))) {
            return;
        }
        for (JsonNode step : list.subList(start, list.size())) {
            ObjectNode request = step.isTextual() ? JSON.createObjectNode().put("to", step.asText())
                    : (ObjectNode) body(step, ids);
            GatewayClient mover = step.path("$as").asText("").isEmpty() ? client : client(step);
            current = mover.transition(recordPath, request, current.etag());
        }
    }

    private static boolean allowed(JsonNode record, String state) {
        for (JsonNode allowed : record.path("allowedTransitions")) {
            if (allowed.asText().equals(state)) {
                return true;
            }
        }
        return false;
    }

    private static String target(JsonNode step) {
        return step.isTextual() ? step.asText() : step.path("to").asText();
    }

    /** What later records call this one after its manifest line's ref: its {@code $ref}, else its key value. */
    static String name(JsonNode data, String key) {
        return data.path("$ref").asText(key);
    }

    /** The text at a dotted path ({@code name.en}, {@code referenceCode}); empty if there is none. */
    static String text(JsonNode node, String dottedPath) {
        JsonNode value = node;
        for (String field : dottedPath.split("\\.")) {
            value = value.path(field);
        }
        return value.isValueNode() ? value.asText() : "";
    }

    private List<JsonNode> read(Path file) {
        try {
            JsonNode root = JSON.readTree(dates.replace(Files.readString(file)));
            List<JsonNode> records = new ArrayList<>();
            root.forEach(records::add);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The request body of a record: loader instructions removed, references replaced by ids. */
    static JsonNode body(JsonNode data, Map<String, String> ids) {
        JsonNode copy = data.deepCopy();
        strip(copy);
        return resolve(copy, ids);
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getKey().startsWith("$"));
            object.forEach(DemoData::strip);
        } else if (node instanceof ArrayNode array) {
            array.forEach(DemoData::strip);
        }
    }

    private static JsonNode resolve(JsonNode node, Map<String, String> ids) {
        if (node.isTextual()) {
            Matcher reference = REFERENCE.matcher(node.asText());
            if (!reference.matches()) {
                return node;
            }
            String id = ids.get(reference.group(1) + ":" + reference.group(2));
            if (id == null) {
                throw new IllegalStateException("Demo data refers to " + node.asText() + ", which no earlier record is");
            }
            return TextNode.valueOf(id);
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                field.setValue(resolve(field.getValue(), ids));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, resolve(array.get(i), ids));
            }
        }
        return node;
    }
}
