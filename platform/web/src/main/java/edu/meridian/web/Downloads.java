package edu.meridian.web;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestMulti;

import java.nio.charset.StandardCharsets;

/**
 * A stored file as a download: named for the user's machine (RFC 6266 and RFC 8187, so Chinese names survive), its
 * ETag the content's digest, answered with 304 when the client already has that content.
 */
public final class Downloads {

    private Downloads() {
    }

    /** The slices a download is sent in: at most this many bytes are in memory per download at a time. */
    public static final int SLICE = 512 * 1024;

    /**
     * What is known of a stored file without reading its content. Its type is sent as {@code Content-Type}; the
     * resource's {@code @Produces} lists every type it may be.
     */
    public record StoredFile(String fileName, String contentType, long size, String sha256) {
    }

    /** Reads a stored file's bytes from {@code offset}, at most {@code length} of them; may block. */
    @FunctionalInterface
    public interface Slices {
        byte[] read(long offset, int length);
    }

    /**
     * 200 with the content as an attachment, or 304 without it when {@code ifNoneMatch} names the file's SHA-256;
     * either way with the ETag, {@code private, no-cache} (a browser keeps it but asks again) and {@code nosniff}.
     * <p>
     * The content is read slice by slice on a worker thread, the next slice only once the previous one was written to
     * the connection, so a slow client holds one slice and never the file; a 304 reads nothing. (A
     * {@code StreamingOutput} would not do: written from a request's worker thread it does not wait for the
     * connection, and a slow client's download piles up in direct memory.) The resource method must be
     * {@code @Blocking}, as a streamed return type otherwise runs it on the event loop.
     */
    public static RestMulti<byte[]> of(StoredFile file, String ifNoneMatch, Slices slices) {
        String etag = "\"" + file.sha256() + "\"";
        boolean notModified = etag.equals(ifNoneMatch);
        Multi<byte[]> content = notModified ? Multi.createFrom().empty() : inSlices(file.size(), slices);
        RestMulti.SyncRestMulti.Builder<byte[]> response = RestMulti.fromMultiData(content)
                .status(notModified ? Response.Status.NOT_MODIFIED.getStatusCode() : Response.Status.OK.getStatusCode())
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header("X-Content-Type-Options", "nosniff");
        if (!notModified) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
                    .header(HttpHeaders.CONTENT_TYPE, file.contentType());
        }
        return response.build();
    }

    static Multi<byte[]> inSlices(long size, Slices slices) {
        int count = Math.toIntExact((size + SLICE - 1) / SLICE);
        return Multi.createFrom().range(0, count).onItem().transformToUniAndConcatenate(index -> Uni.createFrom()
                .item(() -> slices.read((long) index * SLICE, SLICE))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    /**
     * {@code attachment} with an ASCII {@code filename} for old clients and the exact name in {@code filename*}
     * (RFC 6266, RFC 8187).
     */
    public static String contentDisposition(String fileName) {
        StringBuilder fallback = new StringBuilder();
        fileName.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
