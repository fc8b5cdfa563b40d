package edu.meridian.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ETagsTest {

    static void refusedWith(String ifMatch, int status) {
        assertThatThrownBy(() -> ETags.require(ifMatch, 3)).isInstanceOfSatisfying(ProblemException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.problem().status()).isEqualTo(status));
    }

    @Test
    void theCurrentVersionMatches() {
        assertThatCode(() -> ETags.require("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.require(" \"3\" ", 3)).doesNotThrowAnyException();
    }

    @Test
    void withoutIfMatchThePreconditionIsRequired() {
        refusedWith(null, 428);
        refusedWith(" ", 428);
    }

    @Test
    void anotherVersionAWeakTagAndTheWildcardNeverMatch() {
        refusedWith("\"2\"", 412);
        refusedWith("W/\"3\"", 412);
        refusedWith("*", 412);
        refusedWith("3", 412);
    }
}
