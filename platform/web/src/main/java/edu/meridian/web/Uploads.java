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
 * (415), and the name and digest it is stored with. {@link #fileProblem} and {@link #check} are the whole pipeline a
 * service's upload runs: the first with the other field errors (400), the second after them.
 */
public final class Uploads {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final int FILE_NAME_MAX = 255;
    /** Where the {@code %%EOF} marker must appear: in the last KiB, as PDF readers look for it. */
    static final int PDF_TRAILER_WINDOW = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_START = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] JPEG_END = {(byte) 0xff, (byte) 0xd9};
    /** The bytes of a PNG's signature, IHDR chunk length and type: what {@link #isPng} looks at. */
    private static final int PNG_HEAD = 16;

    /** A received file that passed {@link #check}: what it is stored with. */
    public record CheckedFile(Path file, String fileName, String contentType, long size, String sha256) {
    }

    /**
     * The field error of the file part, if it is missing or empty; {@code null} when there is a file to check.
     *
     * @param expected what the part must hold, for the message ("a PDF", "a PDF, PNG or JPEG")
     */
    public static Problem.FieldError fileProblem(String field, Path file, String expected) {
        long size = sizeOf(file);
        if (size < 0) {
            return new Problem.FieldError(field, FieldErrorCode.REQUIRED,
                    "is required: a multipart part named " + field + " with " + expected);
        }
        return size == 0 ? new Problem.FieldError(field, FieldErrorCode.EMPTY_FILE, "is empty") : null;
    }

    /**
     * The checks after the form's fields were found valid: at most {@code maxSize} bytes (413), one of the
     * {@code accepted} types by content (415, naming them); then the name it is stored with ({@code fallback} when the
     * client sent none) and its SHA-256, read from the received file as a stream.
     */
    public static CheckedFile check(Path file, String fileName, String fallback, long maxSize, List<String> accepted,
            String noun) {
        long size = sizeOf(file);
        requireAtMost(size, maxSize, noun);
        String type = requireType(file, accepted, noun);
        return new CheckedFile(file, safeFileName(fileName, fallback), type, size, sha256(file));
    }

    /**
     * The type of the received file by its content, if it is one of {@code accepted} (of {@link #PDF}, {@link #PNG},
     * {@link #JPEG}); otherwise 415 {@code unsupported-<noun>} naming the accepted types.
     */
    public static String requireType(Path file, List<String> accepted, String noun) {
        byte[] parts = headAndTrailer(file);
        for (String type : accepted) {
            boolean matches = switch (type) {
                case PDF -> isPdf(parts);
                case PNG -> isPng(parts);
                case JPEG -> isJpeg(parts);
                default -> throw new IllegalArgumentException("No content check for " + type);
            };
            if (matches) {
                return type;
            }
        }
        if (accepted.equals(List.of(PDF))) {
            requirePdf(parts, noun);
        }
        String names = String.join(", ", accepted.stream().map(Uploads::shortName).toList());
        throw ProblemException.of(415, "unsupported-" + noun, "Unsupported file type", "Only " + names + " " + noun
                + "s are accepted, and this file's content is none of them, whatever its name", Map.of("accepted", accepted));
    }

    /**
     * The answer to a multipart body that ends early or is not multipart at all, which fails in the parser before the
     * resource runs (a resource's {@code @ServerExceptionMapper} for {@code IOException} sends it): the client's fault.
     */
    public static Problem unreadable() {
        return new Problem(Problem.type("unreadable-upload"), "Unreadable upload", 400,
                "The body is not a complete multipart/form-data request", List.of(), Map.of());
    }

    /** A PNG by content: its 8-byte signature followed by the IHDR chunk every PNG starts with. */
    public static boolean isPng(byte[] content) {
        return content.length >= PNG_HEAD && regionMatches(content, 0, PNG_SIGNATURE)
                && regionMatches(content, 12, "IHDR".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A JPEG by content: the start-of-image marker and a segment marker first, an end-of-image marker in the last KiB
     * (some cameras write a little after it).
     */
    public static boolean isJpeg(byte[] content) {
        return content.length >= JPEG_START.length + JPEG_END.length && regionMatches(content, 0, JPEG_START)
                && endsWithin(content, JPEG_START.length, JPEG_END);
    }

    private static String shortName(String type) {
        return switch (type) {
            case PDF -> "PDF";
            case PNG -> "PNG";
            case JPEG -> "JPEG";
            default -> type;
        };
    }

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
        return endsWithin(content, PDF_HEADER.length, PDF_EOF);
    }

    /** Whether {@code marker} appears in the last {@value #PDF_TRAILER_WINDOW} bytes, after the first {@code head}. */
    private static boolean endsWithin(byte[] content, int head, byte[] marker) {
        int from = Math.max(head, content.length - PDF_TRAILER_WINDOW);
        for (int i = content.length - marker.length; i >= from; i--) {
            if (regionMatches(content, i, marker)) {
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
     * The parts of a file that the content checks look at: the whole of a small file; of a larger one its first
     * {@value #PNG_HEAD} bytes and its last {@value #PDF_TRAILER_WINDOW} bytes, joined.
     */
    static byte[] headAndTrailer(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= PNG_HEAD + PDF_TRAILER_WINDOW) {
                return Files.readAllBytes(file);
            }
            ByteBuffer parts = ByteBuffer.allocate(PNG_HEAD + PDF_TRAILER_WINDOW);
            readFully(channel, parts.limit(PNG_HEAD), 0);
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
