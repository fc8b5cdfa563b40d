package edu.meridian.persistence.personal;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealingTest {

    static final String OLD = "k1:ew6i/rnbQtgd97TCSMxIpK5LDerruvQ5WEaTQjlCwkQ=";
    static final String NEW = "k2:zvvCUr6CL097JnunrAntRUlNUyo6jvef8B9u+fROLgE=";
    static final String OTHER = "k1:ESODG+Hj+/LmDGOmAbOfbKi+FkyotLyzU1qH7f1Vgrs=";

    final Sealing sealing = new Sealing(KeyRing.parse(OLD));

    @Test
    void aValueOpensToWhatWasSealedAndTheSealedTextHoldsNoneOfIt() {
        String sealed = sealing.seal("E1234567");

        assertThat(sealed).startsWith("pd1:k1:").doesNotContain("E1234567").doesNotContain("1234567");
        assertThat(sealing.open(sealed)).isEqualTo("E1234567");
        assertThat(sealing.open(sealing.seal("护照 №42"))).isEqualTo("护照 №42");
        assertThat(sealing.seal(null)).isNull();
        assertThat(sealing.open(null)).isNull();
    }

    @Test
    void everySealingHasItsOwnNonce() {
        String first = sealing.seal("E1234567");
        String second = sealing.seal("E1234567");

        assertThat(first).isNotEqualTo(second);
        assertThat(nonce(first)).isNotEqualTo(nonce(second));
    }

    @Test
    void aChangedByteIsDetected() {
        String sealed = sealing.seal("E1234567");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring("pd1:k1:".length()));
        for (int i = 0; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 1;
            String tampered = "pd1:k1:" + Base64.getEncoder().withoutPadding().encodeToString(changed);
            assertThatThrownBy(() -> sealing.open(tampered)).isInstanceOf(PersonalDataException.class)
                    .hasMessageNotContaining("E1234567");
        }
    }

    @Test
    void aCutShortOrForeignValueIsRefused() {
        String sealed = sealing.seal("E1234567");

        assertThatThrownBy(() -> sealing.open(sealed.substring(0, 20))).isInstanceOf(PersonalDataException.class);
        assertThatThrownBy(() -> sealing.open("E1234567")).isInstanceOf(PersonalDataException.class)
                .hasMessage("The value is not sealed personal data");
        assertThatThrownBy(() -> sealing.open("pd1:k1:not base64!")).isInstanceOf(PersonalDataException.class);
    }

    @Test
    void theKeyIdIsAuthenticated() {
        Sealing both = new Sealing(KeyRing.parse(NEW + "," + OLD));
        String sealed = both.seal("E1234567");
        String relabelled = sealed.replace("pd1:k2:", "pd1:k1:");

        assertThatThrownBy(() -> both.open(relabelled)).isInstanceOf(PersonalDataException.class);
    }

    @Test
    void aWrongKeyUnderTheSameIdCannotOpenIt() {
        String sealed = sealing.seal("E1234567");

        assertThatThrownBy(() -> new Sealing(KeyRing.parse(OTHER)).open(sealed))
                .isInstanceOf(PersonalDataException.class)
                .hasMessage("The sealed value was changed or sealed with another key");
    }

    @Test
    void aValueOfAKeyNoLongerConfiguredSaysWhichKey() {
        String sealed = sealing.seal("E1234567");

        assertThatThrownBy(() -> new Sealing(KeyRing.parse(NEW)).open(sealed))
                .isInstanceOf(PersonalDataException.class)
                .hasMessage("The value was sealed with key k1, which is not configured");
    }

    @Test
    void afterARotationOldValuesStillOpenNewOnesUseTheNewKeyAndResealingMovesThem() {
        String before = sealing.seal("E1234567");
        Sealing rotated = new Sealing(KeyRing.parse(NEW + "," + OLD));

        assertThat(rotated.open(before)).isEqualTo("E1234567");
        assertThat(rotated.seal("G7654321")).startsWith("pd1:k2:");
        assertThat(rotated.stale(before)).isTrue();
        String resealed = rotated.reseal(before);
        assertThat(resealed).startsWith("pd1:k2:");
        assertThat(rotated.stale(resealed)).isFalse();
        assertThat(rotated.reseal(resealed)).isSameAs(resealed);
        assertThat(new Sealing(KeyRing.parse(NEW)).open(resealed)).isEqualTo("E1234567");
    }

    private static String nonce(String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, 12));
    }
}
