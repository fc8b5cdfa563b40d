package edu.meridian.admissions.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Cuts a paragraph into lines no wider than a measure: English at spaces, Chinese between any two characters, except
 * before closing punctuation (，。、；：！？）」》), which stays with the character before it, and after opening
 * punctuation (（「《), which stays with the one after it. A word longer than a line is cut where it must.
 */
final class LineBreaker {

    private static final String NO_BREAK_BEFORE = "，。、；：！？）」》,.;:!?)";
    private static final String NO_BREAK_AFTER = "（「《(";

    private LineBreaker() {
    }

    static List<String> lines(String paragraph, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String piece : pieces(paragraph)) {
            String candidate = line + piece;
            if (!line.isEmpty() && width.applyAsDouble(candidate.stripTrailing()) > maxWidth) {
                lines.add(line.stripTrailing());
                line = piece.stripLeading();
            } else {
                line = line.isEmpty() ? piece.stripLeading() : candidate;
            }
            while (width.applyAsDouble(line.stripTrailing()) > maxWidth && line.codePointCount(0, line.length()) > 1) {
                int fits = longestFittingPrefix(line, maxWidth, width);
                lines.add(line.substring(0, fits));
                line = line.substring(fits);
            }
        }
        if (!line.isBlank()) {
            lines.add(line.stripTrailing());
        }
        return lines;
    }

    /** Each piece ends where a line may break: after a space, or after a Chinese character and its punctuation. */
    private static List<String> pieces(String paragraph) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int[] codePoints = paragraph.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            piece.appendCodePoint(codePoints[i]);
            boolean last = i == codePoints.length - 1;
            if (last || breakAfter(codePoints[i], codePoints[i + 1])) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
        }
        return pieces;
    }

    private static boolean breakAfter(int current, int next) {
        if (NO_BREAK_BEFORE.indexOf(next) >= 0 || NO_BREAK_AFTER.indexOf(current) >= 0) {
            return false;
        }
        if (Character.isWhitespace(current)) {
            return !Character.isWhitespace(next);
        }
        return ChineseCharacters.isChinese(current) || ChineseCharacters.isChinese(next);
    }

    private static int longestFittingPrefix(String line, double maxWidth, ToDoubleFunction<String> width) {
        int end = line.offsetByCodePoints(0, 1);
        while (end < line.length()) {
            int next = line.offsetByCodePoints(end, 1);
            if (width.applyAsDouble(line.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }
}
