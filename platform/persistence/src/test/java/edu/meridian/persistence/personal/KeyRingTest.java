package edu.meridian.persistence.personal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyRingTest {

    @Test
    void theFirstKeySealsTheOthersOnlyOpen() {
        KeyRing keys = KeyRing.parse(SealingTest.NEW + ", " + SealingTest.OLD);

        assertThat(keys.currentId()).isEqualTo("k2");
        assertThat(keys.get("k1")).isNotNull();
    }

    @Test
    void malformedKeysAreRefusedWithoutShowingThem() {
        assertThatThrownBy(() -> KeyRing.parse("")).hasMessage("No key for personal data is configured");
        assertThatThrownBy(() -> KeyRing.parse("ew6i/rnbQtgd97TCSMxIpK5LDerruvQ5WEaTQjlCwkQ="))
                .hasMessageContaining("Key 1 for personal data needs an id").hasMessageNotContaining("ew6i");
        assertThatThrownBy(() -> KeyRing.parse("k1:c2hvcnQ=")).hasMessage(
                "Key k1 for personal data must be 32 bytes (256 bits), Base64 encoded; it has 5")
                .hasMessageNotContaining("c2hvcnQ");
        assertThatThrownBy(() -> KeyRing.parse("k1:%%%")).hasMessage("Key k1 for personal data is not Base64");
        assertThatThrownBy(() -> KeyRing.parse(SealingTest.OLD + "," + SealingTest.OTHER))
                .hasMessage("Key k1 for personal data is given twice");
    }
}
