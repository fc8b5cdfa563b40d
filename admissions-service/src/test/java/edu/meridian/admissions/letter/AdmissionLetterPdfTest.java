package edu.meridian.admissions.letter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The letter is rendered and read back with PDFBox's text extraction, as an embassy's software would read it. */
class AdmissionLetterPdfTest {

    private static LetterFonts fonts;
    private static AdmissionLetterPdf letters;

    @BeforeAll
    static void fonts() {
        fonts = LetterFonts.locate(Optional.empty(), Optional.empty());
        letters = new AdmissionLetterPdf(fonts);
    }

    @AfterAll
    static void close() throws IOException {
        fonts.close();
    }

    @Test
    void theChinesePageAndTheEnglishPageNameTheApplicantTheProgrammeAndTheCode() throws IOException {
        byte[] pdf = letters.render(Letters.mbbs("NGUYỄN Văn An", Optional.of("阮文安")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String chinese = withoutWhitespace(text(document, 1));
            String english = text(document, 2);

            assertThat(chinese).contains("录取通知书", "阮文安", withoutWhitespace("NGUYỄN Văn An"), "临床医学（全英文教学）",
                    "学制6年", "2027年9月入学", "人民币40,000元", "2027年9月1日至2027年9月10日",
                    Letters.CODE.value(), "子午医科大学");
            assertThat(withoutWhitespace(english)).contains("AdmissionLetter", withoutWhitespace("NGUYỄN Văn An"),
                    withoutWhitespace("Bachelor of Medicine and Bachelor of Surgery (MBBS, taught in English)"),
                    withoutWhitespace("a programme of 6 years starting in September 2027"), "CNY40,000",
                    Letters.CODE.value(), "meridian.example.edu/verify/" + Letters.CODE.compact());
            assertThat(english).contains("Dear NGUYỄN Văn An,");
        }
    }

    @Test
    void anApplicantWithoutAChineseNameIsAddressedByThePassportName() throws IOException {
        byte[] pdf = letters.render(Letters.mbbs("SILVA FERREIRA Maria Fernanda", Optional.empty()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(withoutWhitespace(text(document, 1))).contains("尊敬的SILVAFERREIRAMariaFernanda：")
                    .doesNotContain("护照姓名");
        }
    }

    @Test
    void theFontsTravelInsideThePdf() throws IOException {
        byte[] pdf = letters.render(Letters.mbbs("ŁUKASZ Çağrı Ștefan", Optional.empty()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> used = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    used.add(page.getResources().getFont(name));
                }
            }
            assertThat(used).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(text(document, 2)).contains("Dear ŁUKASZ Çağrı Ștefan,");
        }
    }

    @Test
    void aTextTooLongForOnePageRunsOnToTheNext() throws IOException {
        String longProgramme = "Clinical Medicine ".repeat(400) + "(the end)";
        AdmissionLetter letter = Letters.mbbs("SILVA Maria", Optional.empty());
        AdmissionLetter.Programme programme = new AdmissionLetter.Programme(longProgramme, "临床医学".repeat(500),
                letter.programme().duration(), letter.programme().tuitionPerYear());
        byte[] pdf = letters.render(new AdmissionLetter(letter.applicant(), programme, letter.intake(),
                letter.registrationFrom(), letter.registrationUntil(), letter.issuedOn(), letter.issuer(),
                letter.code(), letter.verificationPage()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            assertThat(new PDFTextStripper().getText(document)).contains("(the end)", Letters.CODE.value());
        }
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
