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

    @Test
    void pngAndJpegAreKnownByTheirSignaturesAndJpegByItsEndMarkerInTheLastKibibyte() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0};
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', (byte) 0xff, (byte) 0xd9};

        assertThat(Uploads.isPng(png)).isTrue();
        assertThat(Uploads.isPng(java.util.Arrays.copyOf(png, 15))).isFalse();
        assertThat(Uploads.isPng(bytes("\u0089PNG but not quite"))).isFalse();
        assertThat(Uploads.isJpeg(jpeg)).isTrue();
        assertThat(Uploads.isJpeg(java.util.Arrays.copyOf(jpeg, 10))).isFalse();
        assertThat(Uploads.isJpeg(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xd9})).isFalse();
        assertThat(Uploads.isPdf(png)).isFalse();
        assertThat(Uploads.isJpeg(bytes("%PDF-1.7\n%%EOF"))).isFalse();
    }

    @Test
    void aReceivedFileIsCheckedAgainstTheAcceptedTypesAndNamedDigestedAndMeasured(@TempDir Path dir) throws IOException {
        List<String> images = List.of(Uploads.PDF, Uploads.PNG, Uploads.JPEG);
        byte[] jpegBody = new byte[5000];
        jpegBody[0] = (byte) 0xff;
        jpegBody[1] = (byte) 0xd8;
        jpegBody[2] = (byte) 0xff;
        jpegBody[4000] = (byte) 0xff;
        jpegBody[4001] = (byte) 0xd9;
        Path jpeg = Files.write(dir.resolve("scan"), jpegBody);
        Path pdf = Files.writeString(dir.resolve("doc"), "%PDF-1.7\n%%EOF");
        Path gif = Files.writeString(dir.resolve("gif"), "GIF89a" + "x".repeat(100));

        Uploads.CheckedFile checked = Uploads.check(jpeg, "C:\\scans\\成绩单.jpg", "document", 5000, images, "document");
        assertThat(checked).isEqualTo(new Uploads.CheckedFile(jpeg, "成绩单.jpg", Uploads.JPEG, 5000,
                Uploads.sha256(jpegBody)));
        assertThat(Uploads.check(pdf, null, "document.pdf", 100, images, "document").contentType()).isEqualTo(Uploads.PDF);

        assertThatThrownBy(() -> Uploads.check(jpeg, "a.jpg", "document", 4999, images, "document"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(413));
        assertThatThrownBy(() -> Uploads.check(gif, "a.pdf", "document", 5000, images, "document"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(415);
                    assertThat(e.problem().type()).isEqualTo("urn:meridian:problem:unsupported-document");
                    assertThat(e.problem().detail()).contains("PDF, PNG, JPEG");
                    assertThat(e.problem().extensions()).containsEntry("accepted", images);
                });
        // Where only PDFs are accepted, a JPEG is refused with the PDF-only problem as before.
        assertThatThrownBy(() -> Uploads.check(jpeg, "a.pdf", "document", 5000, List.of(Uploads.PDF), "document"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().title()).isEqualTo("Not a PDF"));
    }

    @Test
    void aMissingOrEmptyFilePartIsAFieldError(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty"));
        Path some = Files.writeString(dir.resolve("some"), "x");

        assertThat(Uploads.fileProblem("file", null, "a PDF")).isEqualTo(new Problem.FieldError("file",
                FieldErrorCode.REQUIRED, "is required: a multipart part named file with a PDF"));
        assertThat(Uploads.fileProblem("file", empty, "a PDF"))
                .isEqualTo(new Problem.FieldError("file", FieldErrorCode.EMPTY_FILE, "is empty"));
        assertThat(Uploads.fileProblem("file", some, "a PDF")).isNull();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
