package edu.meridian.admissions.letter;

import edu.meridian.admissions.letter.LetterWording.Block;
import edu.meridian.admissions.letter.LetterWording.Style;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Sets blocks of text line by line down A4 pages, starting a new page where one is full. */
final class PageSetter implements Closeable {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 64;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final Map<LetterFont, PDType0Font> embedded;
    private final LetterFonts fonts;
    private PDPageContentStream content;
    private float y;

    PageSetter(PDDocument document, Map<LetterFont, PDType0Font> embedded, LetterFonts fonts) throws IOException {
        this.document = document;
        this.embedded = embedded;
        this.fonts = fonts;
        newPage();
    }

    void block(Block block) throws IOException {
        float size = size(block.style());
        float leading = size * 1.6f;
        for (String line : LineBreaker.lines(block.text(), WIDTH, text -> width(text, size))) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            show(line, MARGIN + indent(block.style(), line, size), size);
        }
        if (block.style() != Style.signature) {
            y -= size * 0.6f;
        }
    }

    private float indent(Style style, String line, float size) {
        return switch (style) {
            case title, subtitle -> (WIDTH - width(line, size)) / 2;
            case signature -> WIDTH - width(line, size);
            case paragraph -> 0;
        };
    }

    private void show(String line, float x, float size) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, y);
        for (FontRuns.Run run : FontRuns.of(line, fonts)) {
            content.setFont(embedded.get(run.font()), size);
            content.showText(run.text());
        }
        content.endText();
    }

    private float width(String text, float size) {
        float width = 0;
        for (FontRuns.Run run : FontRuns.of(text, fonts)) {
            try {
                width += embedded.get(run.font()).getStringWidth(run.text()) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private static float size(Style style) {
        return switch (style) {
            case title -> 20;
            case subtitle -> 13;
            case paragraph, signature -> 11.5f;
        };
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
