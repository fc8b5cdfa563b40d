package edu.meridian.admissions.letter;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VerificationCodeTest {

    private static final VerificationCode CODE = VerificationCode.generate(new Random(2027));

    @Test
    void fourGroupsOfFourUrlSafeSymbolsThatPassTheirOwnCheck() {
        assertThat(CODE.value()).matches("[0-9A-HJKMNP-TV-Y]{4}(-[0-9A-HJKMNP-TV-Y]{4}){3}");
        assertThat(CODE.compact()).hasSize(16).doesNotContain("-");
        assertThat(VerificationCode.parse(CODE.value())).contains(CODE);
        assertThat(VerificationCode.parse(CODE.compact())).contains(CODE);
    }

    @Test
    void whatPeopleTypeIsForgiven() {
        String typed = " " + CODE.value().toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l') + " ";

        assertThat(VerificationCode.parse(typed)).contains(CODE);
    }

    @Test
    void everySingleMistypedSymbolIsCaught() {
        String compact = CODE.compact();
        for (int position = 0; position < compact.length(); position++) {
            for (char symbol : VerificationCode.SYMBOLS.toCharArray()) {
                if (symbol != compact.charAt(position)) {
                    String typo = compact.substring(0, position) + symbol + compact.substring(position + 1);
                    assertThat(VerificationCode.parse(typo)).as(typo).isEmpty();
                }
            }
        }
    }

    @Test
    void everySwapOfTwoDifferentSymbolsIsCaught() {
        for (int seed = 0; seed < 200; seed++) {
            String compact = VerificationCode.generate(new Random(seed)).compact();
            for (int i = 0; i < compact.length(); i++) {
                for (int j = i + 1; j < compact.length(); j++) {
                    if (compact.charAt(i) != compact.charAt(j)) {
                        char[] swapped = compact.toCharArray();
                        swapped[i] = compact.charAt(j);
                        swapped[j] = compact.charAt(i);
                        assertThat(VerificationCode.parse(new String(swapped))).as(new String(swapped)).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void wrongLengthsAndForeignSymbolsAreNoCode() {
        assertThat(VerificationCode.parse(null)).isEmpty();
        assertThat(VerificationCode.parse("")).isEmpty();
        assertThat(VerificationCode.parse(CODE.compact().substring(1))).isEmpty();
        assertThat(VerificationCode.parse(CODE.compact() + "0")).isEmpty();
        assertThat(VerificationCode.parse(CODE.compact().substring(0, 15) + "U")).isEmpty();
        assertThat(VerificationCode.parse("../../etc/passwd")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode(CODE.compact()));
    }

    @Test
    void generatedCodesDoNotRepeat() {
        Set<VerificationCode> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(VerificationCode.generate());
        }
        assertThat(codes).hasSize(10_000);
    }
}
