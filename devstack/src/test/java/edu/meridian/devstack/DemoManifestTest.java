package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoManifestTest {

    @TempDir
    Path folder;

    @Test
    void readsTheLinesInOrderWithoutComments() throws IOException {
        DemoManifest manifest = manifest("""
                # institutions first: agreements refer to them
                institutions.json   /api/partners/institutions   key=name.en   ref=institution   state=status

                alliances.json      /api/partners/alliances      key=name.en
                """);

        assertThat(manifest.entries()).containsExactly(
                new DemoManifest.Entry("institutions.json", "/api/partners/institutions", "name.en",
                        Optional.of("institution"), Optional.of("status")),
                new DemoManifest.Entry("alliances.json", "/api/partners/alliances", "name.en",
                        Optional.empty(), Optional.empty()));
    }

    @Test
    void awaitGivesTheSecondsARecordRefusedWith400IsTriedAgain() throws IOException {
        DemoManifest manifest = manifest("schemes.json /api/programmes/schemes key=title.en ref=scheme await=120\n");

        assertThat(manifest.entries()).containsExactly(new DemoManifest.Entry("schemes.json", "/api/programmes/schemes",
                "title.en", Optional.of("scheme"), Optional.empty(), Optional.of(java.time.Duration.ofSeconds(120)), "id"));
        assertThatThrownBy(() -> manifest("schemes.json /api/programmes/schemes key=title.en await=soon\n"))
                .hasMessageContaining("manifest:1: await=<seconds> takes 1 to 9999 seconds, not soon");
    }

    @Test
    void idNamesTheFieldThatAddressesARecordAndIsIdUnlessSaid() throws IOException {
        DemoManifest manifest = manifest("""
                reviews.json /api/programmes/reviews/my-assignments key=applicationId id=applicationId
                calls.json /api/programmes/calls key=title.en
                """);

        assertThat(manifest.entries()).extracting(DemoManifest.Entry::id).containsExactly("applicationId", "id");
    }

    @Test
    void aLineWithoutKeyIsAnError() throws IOException {
        assertThatThrownBy(() -> manifest("calls.json /api/programmes/calls state=status\n"))
                .hasMessageContaining("manifest:1: no key=<field>");
    }

    @Test
    void anUnknownOptionIsAnError() throws IOException {
        assertThatThrownBy(() -> manifest("\ncalls.json /api/programmes/calls key=code status=state\n"))
                .hasMessageContaining("manifest:2: unknown option status=state");
    }

    @Test
    void aLineWithoutApiPathIsAnError() throws IOException {
        assertThatThrownBy(() -> manifest("calls.json key=code\n"))
                .hasMessageContaining("expected <file> </api/path>");
    }

    private DemoManifest manifest(String text) throws IOException {
        Files.writeString(folder.resolve("manifest"), text);
        return DemoManifest.read(folder);
    }
}
