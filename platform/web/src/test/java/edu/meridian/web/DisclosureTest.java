package edu.meridian.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosureTest {

    public record Sample(String title, String notes, List<String> signatories, long version) {
    }

    private final Sample sample = new Sample("MoU", "internal", List.of("Zhang Wei"), 3);

    @Test
    void everythingIsTheRecordItself() {
        assertThat(Disclosure.ALL.apply(sample)).isSameAs(sample);
    }

    @Test
    void withheldFieldsAreEmptiedAndTheRestIsKept() {
        Sample shown = Disclosure.withholding("notes", "signatories", "owner").apply(sample);

        assertThat(shown).isEqualTo(new Sample("MoU", null, null, 3));
    }

    @Test
    void aPrimitiveFieldCannotBeWithheld() {
        assertThatThrownBy(() -> Disclosure.withholding("version").apply(sample))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Sample.version");
    }

    @Test
    void snapshotsLoseTheirWithheldFieldsAndPathsAreJudgedByTheirFirstSegment() throws Exception {
        var snapshot = new ObjectMapper().readTree("{\"title\": {\"zh\": \"a\"}, \"notes\": \"internal\"}");
        Disclosure disclosure = Disclosure.withholding("notes").andWithholding("owner");

        assertThat(disclosure.apply(snapshot).toString()).isEqualTo("{\"title\":{\"zh\":\"a\"}}");
        assertThat(snapshot.has("notes")).as("the stored snapshot is untouched").isTrue();
        assertThat(disclosure.showsPath("title.zh")).isTrue();
        assertThat(disclosure.showsPath("notes")).isFalse();
        assertThat(disclosure.showsPath("owner.name")).isFalse();
        assertThat(disclosure.of("notes", "internal")).isNull();
        assertThat(disclosure.of("title", "MoU")).isEqualTo("MoU");
    }
}
