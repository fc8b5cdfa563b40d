package edu.meridian.admissions.letter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The two fonts a letter is set in: a Latin one with the accents of names as passports print them (ễ, ğ, ș, Ł…) and a
 * Chinese one, each from a Debian package. A configured path must exist; without one, the Debian places are searched.
 */
public final class LetterFonts implements Closeable {

    /** fonts-wqy-zenhei first, then fonts-wqy-microhei and fonts-arphic-uming. */
    public static final List<Path> DEBIAN_CHINESE = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
    /** fonts-dejavu-core. */
    public static final List<Path> DEBIAN_LATIN = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));

    private final LetterFont latin;
    private final LetterFont chinese;

    private LetterFonts(LetterFont latin, LetterFont chinese) {
        this.latin = latin;
        this.chinese = chinese;
    }

    public static LetterFonts locate(Optional<Path> configuredLatin, Optional<Path> configuredChinese) {
        LetterFont latin = LetterFont.load(find(configuredLatin, DEBIAN_LATIN, "fonts-dejavu-core"));
        try {
            return new LetterFonts(latin,
                    LetterFont.load(find(configuredChinese, DEBIAN_CHINESE, "fonts-wqy-zenhei")));
        } catch (RuntimeException e) {
            closeQuietly(latin);
            throw e;
        }
    }

    static Path find(Optional<Path> configured, List<Path> debianPlaces, String debianPackage) {
        if (configured.isPresent()) {
            return configured.get();
        }
        return debianPlaces.stream().filter(Files::isReadable).findFirst()
                .orElseThrow(() -> LetterFontException.noneFound(debianPlaces, debianPackage));
    }

    LetterFont latin() {
        return latin;
    }

    LetterFont chinese() {
        return chinese;
    }

    @Override
    public void close() throws IOException {
        try {
            latin.close();
        } finally {
            chinese.close();
        }
    }

    private static void closeQuietly(LetterFont font) {
        try {
            font.close();
        } catch (IOException ignored) {
            // the font is not used any more; the first failure is the one to report
        }
    }
}
