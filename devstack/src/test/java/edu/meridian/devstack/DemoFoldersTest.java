package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed demo folders, without a running suite: every file a manifest names is there, every record has its
 * key, and every {@code "@<ref>:…"} names a record of an earlier line (of its own or an earlier service).
 */
class DemoFoldersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> REALM_USERS = realmUsers();

    @Test
    void everyRecordHasItsKeyAndEveryReferenceAnEarlierRecord() throws IOException {
        DemoDates dates = new DemoDates(LocalDate.of(2026, 12, 1));
        Map<String, String> ids = new HashMap<>();
        int records = 0;
        for (Service service : Service.readAll(Path.of("services.properties"))) {
            if (service.demo().isEmpty()) {
                continue;
            }
            DemoManifest manifest = DemoManifest.read(Path.of("demo").resolve(service.demo().get()));
            for (DemoManifest.Entry entry : manifest.entries()) {
                JsonNode file = JSON.readTree(dates.replace(Files.readString(manifest.folder().resolve(entry.file()))));
                assertThat(file.isArray()).as(entry.file() + " is an array of records").isTrue();
                for (JsonNode data : file) {
                    String key = DemoData.text(data, entry.key());
                    assertThat(key).as("a record of " + entry.file() + " has its " + entry.key()).isNotEmpty();
                    String body = DemoData.body(data, ids).toString(); // fails on a reference to no earlier record
                    assertThat(DemoData.path(entry, data, ids)).doesNotContain("{");
                    assertThat(body).doesNotContain("\"$").doesNotContain("{{");
                    data.path("$updates").forEach(update -> assertThat(DemoData.body(update.path("body"), ids).toString())
                            .as(entry.file() + ": an update's body").doesNotContain("\"$").doesNotContain("{{"));
                    // fails on a file that is not in the folder
                    data.path("$documents").forEach(document -> DemoData.documentFile(manifest.folder(), document));
                    if (data.has("$transitions")) {
                        assertThat(entry.state()).as(entry.file() + " has $transitions, so its line names state=").isPresent();
                    }
                    assertThat(usersNamed(data)).as(entry.file() + ": $as names demo users of the realm")
                            .isSubsetOf(REALM_USERS);
                    entry.ref().ifPresent(ref -> ids.put(ref + ":" + DemoData.name(data, key), "id of " + key));
                    records++;
                }
            }
        }
        assertThat(records).as("demo records found").isPositive();
    }

    /** The users a record and its steps are loaded as ({@code $as}). */
    private static Set<String> usersNamed(JsonNode data) {
        Set<String> users = new HashSet<>();
        if (data.has("$as")) {
            users.add(data.path("$as").asText());
        }
        for (String steps : List.of("$transitions", "$updates")) {
            data.path(steps).forEach(step -> {
                if (step.has("$as")) {
                    users.add(step.path("$as").asText());
                }
            });
        }
        return users;
    }

    private static Set<String> realmUsers() {
        try {
            Set<String> users = new HashSet<>();
            JSON.readTree(Path.of("../keycloak/realm-meridian.json").toFile()).path("users")
                    .forEach(user -> users.add(user.path("username").asText()));
            return users;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
