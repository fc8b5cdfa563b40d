package edu.meridian.admissions.letter;

import edu.meridian.admissions.letter.LetterWording.Block;
import edu.meridian.admissions.letter.LetterWording.Style;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admission letter as a PDF of two A4 pages, Chinese then English, with the fonts embedded (subsets). Letters are
 * rendered one at a time: the fonts are parsed once and PDFBox's font objects are not shared between threads.
 */
public final class AdmissionLetterPdf {

    private static final float MARGIN = 64;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private final LetterFonts fonts;

    public AdmissionLetterPdf(LetterFonts fonts) {
        this.fonts = fonts;
    }

    public synchronized byte[] render(AdmissionLetter letter) {
        try (PDDocument document = new PDDocument()) {
            Map<LetterFont, PDType0Font> embedded = new IdentityHashMap<>();
            embedded.put(fonts.latin(), PDType0Font.load(document, fonts.latin().trueType(), true));
            embedded.put(fonts.chinese(), PDType0Font.load(document, fonts.chinese().trueType(), true));
            page(document, embedded, LetterWording.chinese(letter));
            page(document, embedded, LetterWording.english(letter));
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle("录取通知书 Admission Letter " + letter.code());
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The admission letter could not be written", e);
        }
    }

    private void page(PDDocument document, Map<LetterFont, PDType0Font> embedded, List<Block> blocks)
            throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            PageSetter setter = new PageSetter(content, embedded, fonts, PAGE.getWidth() - 2 * MARGIN);
            float y = PAGE.getHeight() - MARGIN;
            for (Block block : blocks) {
                y = setter.block(block, MARGIN, y);
            }
        }
    }

    /** Sets blocks line by line from the top; each line is cut into font runs. */
    private record PageSetter(PDPageContentStream content, Map<LetterFont, PDType0Font> embedded, LetterFonts fonts,
            float width) {

        float block(Block block, float x, float top) throws IOException {
            float size = size(block.style());
            float leading = size * 1.6f;
            float y = top - leading;
            List<String> lines = LineBreaker.lines(block.text(), width, text -> width(text, size));
            for (String line : lines) {
                float indent = switch (block.style()) {
                    case title, subtitle -> (width - width(line, size)) / 2;
                    case signature -> width - width(line, size);
                    case paragraph -> 0;
                };
                show(line, x + indent, y, size);
                y -= leading;
            }
            return y + leading - (block.style() == Style.signature ? 0 : size * 0.6f);
        }

        private void show(String line, float x, float y, float size) throws IOException {
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

        private static float size(Style style) {
            return switch (style) {
                case title -> 20;
                case subtitle -> 13;
                case paragraph, signature -> 11.5f;
            };
        }
    }
}
