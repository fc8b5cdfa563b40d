package edu.meridian.persistence;

import edu.meridian.web.Uploads;
import jakarta.persistence.Column;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class UploadedFileTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:15:00Z");

    private static UploadedFile mou() {
        return UploadedFile.of(new Uploads.CheckedFile(Path.of("/tmp/upload-1"), "合作协议.pdf", Uploads.PDF, 2048,
                "ab".repeat(32)), "wang.fang", AT);
    }

    @Test
    void theInsertedColumnsAreTheMappedOnesWithTheirValues() {
        String[] mapped = Arrays.stream(UploadedFile.class.getFields())
                .map(field -> field.isAnnotationPresent(Column.class) ? field.getAnnotation(Column.class).name()
                        : field.getName())
                .toArray(String[]::new);
        assertThat(mou().columns()).containsOnlyKeys(mapped)
                .containsEntry("file_name", "合作协议.pdf").containsEntry("content_type", Uploads.PDF)
                .containsEntry("size_bytes", 2048L).containsEntry("sha256", "ab".repeat(32))
                .containsEntry("uploaded_by", "wang.fang").containsEntry("uploaded_at", AT);
    }

    @Test
    void aDownloadAnswersWithTheNameTypeSizeAndDigest() {
        assertThat(mou().download().fileName()).isEqualTo("合作协议.pdf");
        assertThat(mou().download().size()).isEqualTo(2048);
        assertThat(mou().download().sha256()).isEqualTo("ab".repeat(32));
    }
}
