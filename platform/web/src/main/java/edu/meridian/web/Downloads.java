package edu.meridian.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/**
 * A stored file as a download: named for the user's machine (RFC 6266 and RFC 8187, so Chinese names survive), its
 * ETag the content's digest, answered with 304 when the client already has that content.
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * 200 with the content as an attachment, or 304 without it when {@code ifNoneMatch} names {@code sha256}; either way
     * with the ETag, {@code private, no-cache} (a browser keeps it but asks again) and {@code nosniff}.
     */
    public static Response of(byte[] content, String contentType, String fileName, String sha256, String ifNoneMatch) {
        String etag = "\"" + sha256 + "\"";
        Response.ResponseBuilder response = etag.equals(ifNoneMatch)
                ? Response.notModified()
                : Response.ok(content, contentType).header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName));
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .build();
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
