package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed demo folders, without a running suite: every file a manifest names is there, every record has its
 * key, and every {@code "@<ref>:…"} names a record of an earlier line (of its own or an earlier service).
 */
class DemoFoldersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
                    if (data.has("$transitions")) {
                        assertThat(entry.state()).as(entry.file() + " has $transitions, so its line names state=").isPresent();
                    }
                    entry.ref().ifPresent(ref -> ids.put(ref + ":" + key, "id of " + key));
                    records++;
                }
            }
        }
        assertThat(records).as("demo records found").isPositive();
    }
}
