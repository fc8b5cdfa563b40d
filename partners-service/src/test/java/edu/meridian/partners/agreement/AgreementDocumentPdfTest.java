package edu.meridian.partners.agreement;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The content check alone, at its edges; the HTTP test covers the rest. */
class AgreementDocumentPdfTest {

    @Test
    void aPdfStartsWithItsHeaderAndEndsWithAnEofMarkerInTheLastKibibyte() {
        assertThat(AgreementDocuments.isPdf(bytes("%PDF-1.7\n%%EOF"))).isTrue();
        assertThat(AgreementDocuments.isPdf(bytes("%PDF-1.7\n%%EOF\r\n"))).isTrue();
        assertThat(AgreementDocuments.isPdf(bytes("%PDF-%%EOF"))).isTrue();

        assertThat(AgreementDocuments.isPdf(bytes(""))).isFalse();
        assertThat(AgreementDocuments.isPdf(bytes("%PDF"))).isFalse();
        assertThat(AgreementDocuments.isPdf(bytes("%PDF-1.7\n"))).isFalse();
        assertThat(AgreementDocuments.isPdf(bytes("%PDF-%%EO"))).isFalse();
        assertThat(AgreementDocuments.isPdf(bytes(" %PDF-1.7\n%%EOF"))).isFalse();
        assertThat(AgreementDocuments.isPdf(bytes("%pdf-1.7\n%%EOF"))).isFalse();
    }

    @Test
    void theEofMarkerCountsOnlyWithinTheLastKibibyte() {
        String marker = "%%EOF";
        String inside = "%PDF-1.7\n" + "x".repeat(2000) + marker + "y".repeat(1024 - marker.length());
        String outside = "%PDF-1.7\n" + "x".repeat(2000) + marker + "y".repeat(1024 - marker.length() + 1);

        assertThat(AgreementDocuments.isPdf(bytes(inside))).isTrue();
        assertThat(AgreementDocuments.isPdf(bytes(outside))).isFalse();
    }

    @Test
    void fileNamesLoseDirectoriesAndControlCharacters() {
        assertThat(AgreementDocuments.cleanFileName("C:\\fakepath\\协议.pdf")).isEqualTo("协议.pdf");
        assertThat(AgreementDocuments.cleanFileName("../../etc/x.pdf")).isEqualTo("x.pdf");
        assertThat(AgreementDocuments.cleanFileName("a\r\nb.pdf")).isEqualTo("ab.pdf");
        assertThat(AgreementDocuments.cleanFileName(null)).isEqualTo("document.pdf");
        assertThat(AgreementDocuments.cleanFileName("dir/")).isEqualTo("document.pdf");
        assertThat(AgreementDocuments.cleanFileName("长".repeat(300) + ".pdf")).hasSize(255);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
