package edu.meridian.admissions.letter;

import java.nio.file.Path;
import java.util.List;

/** A letter font that is not there or that PDFBox cannot embed; the message says which file and what to do. */
public class LetterFontException extends RuntimeException {

    LetterFontException(String message, Throwable cause) {
        super(message, cause);
    }

    static LetterFontException missing(Path configured) {
        return new LetterFontException("The configured letter font " + configured + " does not exist or cannot be read",
                null);
    }

    static LetterFontException noneFound(List<Path> searched, String debianPackages) {
        return new LetterFontException("No letter font found at " + searched + "; install " + debianPackages
                + " or configure the path of a TrueType font", null);
    }

    static LetterFontException notEmbeddable(Path path) {
        return new LetterFontException("The letter font " + path + " has no TrueType outlines (CFF/PostScript only),"
                + " which PDFBox cannot embed; use a TrueType font such as fonts-wqy-zenhei", null);
    }

    static LetterFontException unreadable(Path path, Throwable cause) {
        return new LetterFontException("The letter font " + path + " is not a readable TrueType font or collection",
                cause);
    }
}
