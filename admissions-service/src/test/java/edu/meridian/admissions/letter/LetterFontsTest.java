package edu.meridian.admissions.letter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterFontsTest {

    @Test
    void withoutConfigurationTheDebianFontsAreFound() throws IOException {
        try (LetterFonts fonts = LetterFonts.locate(Optional.empty(), Optional.empty())) {
            assertThat(fonts.chinese().path()).isEqualTo(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
            assertThat(fonts.latin().path()).isEqualTo(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
            assertThat(fonts.chinese().hasGlyph("录".codePointAt(0))).isTrue();
            assertThat(fonts.latin().hasGlyph("ễ".codePointAt(0))).isTrue();
        }
    }

    @Test
    void aConfiguredPathThatIsNotThereIsNamed() {
        Path nowhere = Path.of("/opt/fonts/simsun.ttc");

        assertThatThrownBy(() -> LetterFonts.locate(Optional.empty(), Optional.of(nowhere)))
                .isInstanceOf(LetterFontException.class)
                .hasMessageContaining("/opt/fonts/simsun.ttc");
    }

    @Test
    void noFontInAnyDebianPlaceNamesThePlacesAndThePackage() {
        assertThatThrownBy(() -> LetterFonts.find(Optional.empty(), List.of(Path.of("/nowhere/a.ttc")),
                "fonts-wqy-zenhei"))
                .isInstanceOf(LetterFontException.class)
                .hasMessageContaining("/nowhere/a.ttc").hasMessageContaining("fonts-wqy-zenhei");
    }

    @Test
    void notoCjkHasOnlyCffOutlinesWhichPdfBoxCannotEmbed() {
        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

        assertThatThrownBy(() -> LetterFonts.locate(Optional.empty(), Optional.of(noto)))
                .isInstanceOf(LetterFontException.class)
                .hasMessageContaining(noto.toString()).hasMessageContaining("CFF");
    }

    @Test
    void aFileThatIsNoFontIsSaidToBeUnreadable(@TempDir Path folder) throws IOException {
        Path notAFont = Files.writeString(folder.resolve("letters.ttf"), "not a font");

        assertThatThrownBy(() -> LetterFonts.locate(Optional.of(notAFont), Optional.empty()))
                .isInstanceOf(LetterFontException.class)
                .hasMessageContaining(notAFont.toString());
    }
}
