package edu.meridian.admissions.letter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FontRunsTest {

    private static LetterFonts fonts;

    @BeforeAll
    static void fonts() {
        fonts = LetterFonts.locate(Optional.empty(), Optional.empty());
    }

    @AfterAll
    static void close() throws IOException {
        fonts.close();
    }

    @Test
    void chineseInTheChineseFontAccentedLatinInTheLatinFont() {
        assertThat(FontRuns.of("尊敬的阮文安（护照姓名：NGUYỄN Văn An）：", fonts))
                .extracting(run -> (run.font() == fonts.chinese() ? "zh " : "latin ") + run.text())
                .containsExactly("zh 尊敬的阮文安（护照姓名：", "latin NGUYỄN Văn An", "zh ）：");
    }

    @Test
    void aCharacterNeitherFontHasIsRefusedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> FontRuns.of("A\uDBFF\uDFFD", fonts))
                .withMessageContaining("U+10FFFD");
    }
}
