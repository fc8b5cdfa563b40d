package edu.meridian.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks of an uploaded file: its size against a cap (413), its type by content rather than by name or declared type
 * (415), and the name and digest it is stored with.
 */
public final class Uploads {

    public static final String PDF = "application/pdf";
    public static final int FILE_NAME_MAX = 255;
    /** Where the {@code %%EOF} marker must appear: in the last KiB, as PDF readers look for it. */
    static final int PDF_TRAILER_WINDOW = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private Uploads() {
    }

    /** The size of the received file in bytes, or -1 when there is none. */
    public static long sizeOf(Path file) {
        if (file == null) {
            return -1;
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The received upload cannot be read", e);
        }
    }


    /**
     * Fails with 413 {@code <noun>-too-large} naming the cap ({@code maxSize} in the problem) when the file is larger.
     *
     * @param noun what the file is, one lower-case word such as {@code document}
     */
    public static void requireAtMost(long size, long maxSize, String noun) {
        if (size > maxSize) {
            throw ProblemException.of(413, noun + "-too-large", capitalized(noun) + " too large",
                    "The " + noun + " has " + size + " bytes; the largest accepted is " + maxSize + " bytes",
                    Map.of("maxSize", maxSize));
        }
    }

    /** Fails with 415 {@code unsupported-<noun>} unless the content is a PDF, whatever the file's name says. */
    public static void requirePdf(byte[] content, String noun) {
        if (!isPdf(content)) {
            throw ProblemException.of(415, "unsupported-" + noun, "Not a PDF", "Only PDF " + noun + "s are accepted, "
                    + "and this file's content is not a PDF, whatever its name", Map.of("accepted", List.of(PDF)));
        }
    }

    /**
     * As {@link #requirePdf(byte[], String)}, for a received file: only its first bytes and its last KiB are read, so a
     * large file never has to be in memory.
     */
    public static void requirePdf(Path file, String noun) {
        requirePdf(headAndTrailer(file), noun);
    }

    /** A PDF by content: the {@code %PDF-} header at the start and an {@code %%EOF} marker in the last KiB. */
    public static boolean isPdf(byte[] content) {
        if (content.length < PDF_HEADER.length || !regionMatches(content, 0, PDF_HEADER)) {
            return false;
        }
        int from = Math.max(PDF_HEADER.length, content.length - PDF_TRAILER_WINDOW);
        for (int i = content.length - PDF_EOF.length; i >= from; i--) {
            if (regionMatches(content, i, PDF_EOF)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name as the user's machine knew it: no directories (some browsers send them), no control characters, at most
     * {@value #FILE_NAME_MAX} characters; {@code fallback} when nothing is left.
     */
    public static String safeFileName(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.codePointCount(0, name.length()) > FILE_NAME_MAX) {
            name = name.substring(0, name.offsetByCodePoints(0, FILE_NAME_MAX));
        }
        return name.isEmpty() ? fallback : name;
    }

    /** Lower-case hex SHA-256 of the content. */
    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256Digest().digest(content));
    }

    /** Lower-case hex SHA-256 of a received file, read as a stream. */
    public static String sha256(Path file) {
        MessageDigest digest = sha256Digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The received upload cannot be read", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The parts of a file that {@link #isPdf(byte[])} looks at: the whole of a small file; of a larger one its header
     * and its last {@value #PDF_TRAILER_WINDOW} bytes, joined.
     */
    static byte[] headAndTrailer(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= PDF_HEADER.length + PDF_TRAILER_WINDOW) {
                return Files.readAllBytes(file);
            }
            ByteBuffer parts = ByteBuffer.allocate(PDF_HEADER.length + PDF_TRAILER_WINDOW);
            readFully(channel, parts.limit(PDF_HEADER.length), 0);
            readFully(channel, parts.limit(parts.capacity()), size - PDF_TRAILER_WINDOW);
            return parts.array();
        } catch (IOException e) {
            throw new UncheckedIOException("The received upload cannot be read", e);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long position) throws IOException {
        while (into.hasRemaining()) {
            int read = channel.read(into, position);
            if (read < 0) {
                throw new IOException("The file ended early");
            }
            position += read;
        }
    }

    private static String capitalized(String noun) {
        return noun.isEmpty() ? noun : Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    private static boolean regionMatches(byte[] content, int offset, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (content[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
