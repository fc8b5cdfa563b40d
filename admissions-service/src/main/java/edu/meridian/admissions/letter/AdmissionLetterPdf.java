package edu.meridian.admissions.letter;

import edu.meridian.admissions.letter.LetterWording.Block;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admission letter as a PDF, the Chinese text on the first A4 page and the English on the next (each runs on to
 * another page if it must), with subsets of both fonts embedded. Letters are rendered one at a time: the fonts are
 * parsed once, and PDFBox's font objects are not to be shared between threads.
 */
public final class AdmissionLetterPdf {

    private final LetterFonts fonts;

    public AdmissionLetterPdf(LetterFonts fonts) {
        this.fonts = fonts;
    }

    public synchronized byte[] render(AdmissionLetter letter) {
        try (PDDocument document = new PDDocument()) {
            Map<LetterFont, PDType0Font> embedded = new IdentityHashMap<>();
            embedded.put(fonts.latin(), PDType0Font.load(document, fonts.latin().trueType(), true));
            embedded.put(fonts.chinese(), PDType0Font.load(document, fonts.chinese().trueType(), true));
            setPages(document, embedded, LetterWording.chinese(letter));
            setPages(document, embedded, LetterWording.english(letter));
            document.getDocumentInformation().setTitle("录取通知书 Admission Letter");
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The admission letter could not be written", e);
        }
    }

    private void setPages(PDDocument document, Map<LetterFont, PDType0Font> embedded, List<Block> blocks)
            throws IOException {
        try (PageSetter setter = new PageSetter(document, embedded, fonts)) {
            for (Block block : blocks) {
                setter.block(block);
            }
        }
    }
}
