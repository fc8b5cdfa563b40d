package edu.meridian.admissions.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * A line cut into pieces each set in one font: Chinese characters and punctuation in the Chinese font, everything
 * else in the Latin font where it has the glyph, and in the Chinese font where only that one has it.
 */
final class FontRuns {

    record Run(LetterFont font, String text) {
    }

    private FontRuns() {
    }

    static List<Run> of(String text, LetterFonts fonts) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        LetterFont currentFont = null;
        for (int codePoint : text.codePoints().toArray()) {
            LetterFont font = fontFor(codePoint, fonts);
            if (font != currentFont && !current.isEmpty()) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(codePoint);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private static LetterFont fontFor(int codePoint, LetterFonts fonts) {
        boolean chinese = ChineseCharacters.isChinese(codePoint);
        LetterFont first = chinese ? fonts.chinese() : fonts.latin();
        LetterFont second = chinese ? fonts.latin() : fonts.chinese();
        if (first.hasGlyph(codePoint)) {
            return first;
        }
        if (second.hasGlyph(codePoint)) {
            return second;
        }
        throw new IllegalArgumentException("U+" + Integer.toHexString(codePoint).toUpperCase()
                + " cannot be printed: neither " + fonts.latin().path() + " nor " + fonts.chinese().path()
                + " has it");
    }
}
