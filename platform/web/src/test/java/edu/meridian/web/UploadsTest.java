package edu.meridian.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The content check at its edges, file names and digests. */
class UploadsTest {

    @Test
    void aPdfStartsWithItsHeaderAndEndsWithAnEofMarkerInTheLastKibibyte() {
        assertThat(Uploads.isPdf(bytes("%PDF-1.7\n%%EOF"))).isTrue();
        assertThat(Uploads.isPdf(bytes("%PDF-1.7\n%%EOF\r\n"))).isTrue();
        assertThat(Uploads.isPdf(bytes("%PDF-%%EOF"))).isTrue();

        assertThat(Uploads.isPdf(bytes(""))).isFalse();
        assertThat(Uploads.isPdf(bytes("%PDF"))).isFalse();
        assertThat(Uploads.isPdf(bytes("%PDF-1.7\n"))).isFalse();
        assertThat(Uploads.isPdf(bytes("%PDF-%%EO"))).isFalse();
        assertThat(Uploads.isPdf(bytes(" %PDF-1.7\n%%EOF"))).isFalse();
        assertThat(Uploads.isPdf(bytes("%pdf-1.7\n%%EOF"))).isFalse();
    }

    @Test
    void theEofMarkerCountsOnlyWithinTheLastKibibyte() {
        String marker = "%%EOF";
        String inside = "%PDF-1.7\n" + "x".repeat(2000) + marker + "y".repeat(1024 - marker.length());
        String outside = "%PDF-1.7\n" + "x".repeat(2000) + marker + "y".repeat(1024 - marker.length() + 1);

        assertThat(Uploads.isPdf(bytes(inside))).isTrue();
        assertThat(Uploads.isPdf(bytes(outside))).isFalse();
    }

    @Test
    void aReceivedFileIsCheckedByItsHeaderAndLastKibibyteAloneAndDigestedAsAStream(@TempDir Path dir) throws IOException {
        String marker = "%%EOF";
        Path inside = Files.writeString(dir.resolve("inside.pdf"),
                "%PDF-1.7\n" + "x".repeat(200_000) + marker + "y".repeat(1024 - marker.length()));
        Path outside = Files.writeString(dir.resolve("outside.pdf"),
                "%PDF-1.7\n" + "x".repeat(200_000) + marker + "y".repeat(1024 - marker.length() + 1));
        Path small = Files.writeString(dir.resolve("small.pdf"), "%PDF-%%EOF");
        Path notPdf = Files.writeString(dir.resolve("not.pdf"), "GIF89a" + "x".repeat(5000) + marker);

        assertThatNoException().isThrownBy(() -> Uploads.requirePdf(inside, "document"));
        assertThatNoException().isThrownBy(() -> Uploads.requirePdf(small, "document"));
        for (Path refused : List.of(outside, notPdf)) {
            assertThatThrownBy(() -> Uploads.requirePdf(refused, "document")).isInstanceOf(ProblemException.class);
        }
        assertThat(Uploads.sha256(inside)).isEqualTo(Uploads.sha256(Files.readAllBytes(inside)));
    }

    @Test
    void fileNamesLoseDirectoriesAndControlCharacters() {
        assertThat(Uploads.safeFileName("C:\\fakepath\\协议.pdf", "document.pdf")).isEqualTo("协议.pdf");
        assertThat(Uploads.safeFileName("../../etc/x.pdf", "document.pdf")).isEqualTo("x.pdf");
        assertThat(Uploads.safeFileName("a\r\nb.pdf", "document.pdf")).isEqualTo("ab.pdf");
        assertThat(Uploads.safeFileName(null, "document.pdf")).isEqualTo("document.pdf");
        assertThat(Uploads.safeFileName("dir/", "document.pdf")).isEqualTo("document.pdf");
        assertThat(Uploads.safeFileName("长".repeat(300) + ".pdf", "document.pdf")).hasSize(255);
    }

    @Test
    void theDigestIsLowerCaseHexSha256() {
        assertThat(Uploads.sha256(bytes("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aFileOverTheCapIs413NamingTheCapAndOtherContentThanPdfIs415() {
        assertThatNoException().isThrownBy(() -> Uploads.requireAtMost(10, 10, "document"));
        assertThatThrownBy(() -> Uploads.requireAtMost(11, 10, "document")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(413);
            assertThat(e.problem().type()).isEqualTo("urn:meridian:problem:document-too-large");
            assertThat(e.problem().title()).isEqualTo("Document too large");
            assertThat(e.problem().extensions()).containsEntry("maxSize", 10L);
        });
        assertThatThrownBy(() -> Uploads.requirePdf(bytes("GIF89a"), "document")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(415);
            assertThat(e.problem().type()).isEqualTo("urn:meridian:problem:unsupported-document");
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
