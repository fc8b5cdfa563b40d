package edu.meridian.admissions.letter;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One TrueType font read from a file, kept open for the documents that embed it: a {@code .ttf}, or the first face
 * with TrueType outlines of a {@code .ttc} collection. Fonts with CFF outlines only (Noto CJK, Source Han) are refused:
 * PDFBox cannot subset them into a PDF.
 */
final class LetterFont implements Closeable {

    private final Path path;
    private final TrueTypeFont font;
    private final Closeable source;

    private LetterFont(Path path, TrueTypeFont font, Closeable source) {
        this.path = path;
        this.font = font;
        this.source = source;
    }

    static LetterFont load(Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw LetterFontException.missing(path);
        }
        try {
            if (FontFileHeader.hasCffOutlines(path)) {
                throw LetterFontException.notEmbeddable(path);
            }
            return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")
                    ? fromCollection(path)
                    : fromSingleFile(path);
        } catch (IOException e) {
            throw LetterFontException.unreadable(path, e);
        }
    }

    private static LetterFont fromCollection(Path path) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
        List<TrueTypeFont> faces = new ArrayList<>();
        collection.processAllFonts(faces::add);
        for (TrueTypeFont face : faces) {
            if (hasTrueTypeOutlines(face)) {
                return new LetterFont(path, face, collection);
            }
        }
        collection.close();
        throw LetterFontException.notEmbeddable(path);
    }

    private static LetterFont fromSingleFile(Path path) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        if (!hasTrueTypeOutlines(font)) {
            font.close();
            throw LetterFontException.notEmbeddable(path);
        }
        return new LetterFont(path, font, font);
    }

    private static boolean hasTrueTypeOutlines(TrueTypeFont font) {
        return font.getTableMap().containsKey("glyf");
    }

    boolean hasGlyph(int codePoint) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            throw LetterFontException.unreadable(path, e);
        }
    }

    TrueTypeFont trueType() {
        return font;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
