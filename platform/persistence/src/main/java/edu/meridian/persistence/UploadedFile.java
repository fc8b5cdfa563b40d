package edu.meridian.persistence;

import edu.meridian.web.Downloads;
import edu.meridian.web.Uploads;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every stored document row says of its file: name, type, size, SHA-256, who uploaded it and when. Entities embed
 * it ({@code @Embedded public UploadedFile file;}) over the columns {@code file_name, content_type, size_bytes, sha256,
 * uploaded_by, uploaded_at}; the body itself is a {@link FileBodies} column.
 */
@Embeddable
public class UploadedFile {

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    /** Hex SHA-256 of the content, lower case. */
    public String sha256;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    public static UploadedFile of(Uploads.CheckedFile file, String uploadedBy, Instant uploadedAt) {
        UploadedFile uploaded = new UploadedFile();
        uploaded.fileName = file.fileName();
        uploaded.contentType = file.contentType();
        uploaded.sizeBytes = file.size();
        uploaded.sha256 = file.sha256();
        uploaded.uploadedBy = uploadedBy;
        uploaded.uploadedAt = uploadedAt;
        return uploaded;
    }

    /** These columns with their values, for {@link FileBodies#insert} after the row's own. */
    public Map<String, Object> columns() {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("file_name", fileName);
        columns.put("content_type", contentType);
        columns.put("size_bytes", sizeBytes);
        columns.put("sha256", sha256);
        columns.put("uploaded_by", uploadedBy);
        columns.put("uploaded_at", uploadedAt);
        return columns;
    }

    /** What a download answers with. */
    public Downloads.StoredFile download() {
        return new Downloads.StoredFile(fileName, contentType, sizeBytes, sha256);
    }
}
