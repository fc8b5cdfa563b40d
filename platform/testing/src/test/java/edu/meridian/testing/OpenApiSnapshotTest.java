package edu.meridian.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenApiSnapshotTest {

    private static final String SERVED = "openapi: 3.1.0\npaths:\n  /api/things: {}\n";

    @TempDir
    Path module;

    @Test
    void aCommittedDocumentEqualToTheServedOnePasses() throws IOException {
        Path snapshot = Files.writeString(module.resolve("openapi.yaml"), SERVED);
        try (StubService stub = StubService.serving("{}", SERVED, request -> StubService.Reply.problem(404))) {
            OpenApiSnapshot.assertFresh(snapshot);
        }
        assertThat(snapshot).hasContent(SERVED);
    }

    @Test
    void aStaleDocumentFailsAndIsRewrittenWithTheServedOne() throws IOException {
        Path snapshot = Files.writeString(module.resolve("openapi.yaml"), "openapi: 3.1.0\npaths: {}\n");
        try (StubService stub = StubService.serving("{}", SERVED, request -> StubService.Reply.problem(404))) {
            assertThatThrownBy(() -> OpenApiSnapshot.assertFresh(snapshot))
                    .hasMessageContaining("openapi.yaml was stale")
                    .hasMessageContaining("git diff " + snapshot.toAbsolutePath())
                    .hasMessageContaining("commit it");
            assertThat(snapshot).hasContent(SERVED);
            OpenApiSnapshot.assertFresh(snapshot);
        }
    }

    @Test
    void aMissingDocumentFailsAndIsWritten() {
        Path snapshot = module.resolve("openapi.yaml");
        try (StubService stub = StubService.serving("{}", SERVED, request -> StubService.Reply.problem(404))) {
            assertThatThrownBy(() -> OpenApiSnapshot.assertFresh(snapshot)).hasMessageContaining("did not exist");
        }
        assertThat(snapshot).hasContent(SERVED);
    }
}
