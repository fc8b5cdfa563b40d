package edu.meridian.persistence;

import com.fasterxml.jackson.databind.node.TextNode;
import edu.meridian.web.Actor;
import edu.meridian.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The history as a service records it and its versions endpoints serve it, against the platform's migration. */
@QuarkusTest
class VersionsTest {

    @Inject
    Revisions revisions;

    @Test
    void recordsNumberedVersionsWithTheirChangedFieldsAndComparesAnyTwo() {
        UUID id = UUID.randomUUID();
        record(id, "created", null, Map.of("name", Map.of("en", "A", "zh", "甲"), "size", 1), "alice");
        record(id, "updated", "typo", Map.of("name", Map.of("en", "B", "zh", "甲"), "size", 1), "bob");
        Versions versions = revisions.versions("thing", thing -> {
        });

        List<RevisionResponse> history = versions.list(id);
        assertThat(history).extracting(RevisionResponse::version).containsExactly(1L, 2L);
        assertThat(history).extracting(RevisionResponse::changedFields).containsExactly(List.of(), List.of("name.en"));
        assertThat(history).extracting(RevisionResponse::snapshot).containsOnlyNulls();

        RevisionResponse second = versions.get(id, 2);
        assertThat(second.action()).isEqualTo("updated");
        assertThat(second.reason()).isEqualTo("typo");
        assertThat(second.changedBy()).isEqualTo("bob");
        assertThat(second.snapshot().path("name").path("en").asText()).isEqualTo("B");

        assertThat(versions.compare(id, 1L, 2L)).isEqualTo(new RevisionResponse.Comparison(1, 2,
                List.of(new Revisions.Change("name.en", TextNode.valueOf("A"), TextNode.valueOf("B")))));
        assertThat(revisions.versions("other-thing", thing -> {
        }).list(id)).isEmpty();
    }

    @Test
    void keepsTheNamesOfWhoeverMadeEachChangeAndNoneForAJob() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> revisions.record("thing", id, "created", null, Map.of("size", 1),
                new Actor("wang.fang", "Fang Wang", "王芳")));
        record(id, "expired", null, Map.of("size", 2), "system");

        List<RevisionResponse> history = revisions.versions("thing", thing -> {
        }).list(id);
        assertThat(history).extracting(RevisionResponse::changedBy).containsExactly("wang.fang", "system");
        assertThat(history).extracting(RevisionResponse::changedByName).containsExactly("Fang Wang", null);
        assertThat(history).extracting(RevisionResponse::changedByNameZh).containsExactly("王芳", null);
    }

    @Test
    void anUnknownVersionOrRecordIsNotFound() {
        UUID id = UUID.randomUUID();
        record(id, "created", null, Map.of("size", 1), "alice");

        assertThatThrownBy(() -> revisions.versions("thing", thing -> {
        }).get(id, 2)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(404));
        Versions ofAnUnknownRecord = revisions.versions("thing", thing -> {
            throw ProblemException.notFound("Thing", thing);
        });
        assertThatThrownBy(() -> ofAnUnknownRecord.list(id)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().detail()).isEqualTo("Thing " + id + " does not exist"));
    }

    private void record(UUID id, String action, String reason, Object snapshot, String by) {
        QuarkusTransaction.requiringNew().run(() -> revisions.record("thing", id, action, reason, snapshot, by));
    }
}
