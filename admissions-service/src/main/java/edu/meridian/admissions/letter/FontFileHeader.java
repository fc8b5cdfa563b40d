package edu.meridian.admissions.letter;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Reads only the first bytes of a font file to tell whether its (first) font has CFF outlines ({@code OTTO}), without
 * parsing a collection of twenty megabytes.
 */
final class FontFileHeader {

    private static final int COLLECTION = 0x74746366; // "ttcf"
    private static final int CFF_OUTLINES = 0x4F54544F; // "OTTO"

    private FontFileHeader() {
    }

    static boolean hasCffOutlines(Path path) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            int tag = file.readInt();
            if (tag == COLLECTION) {
                file.seek(12);
                file.seek(Integer.toUnsignedLong(file.readInt()));
                tag = file.readInt();
            }
            return tag == CFF_OUTLINES;
        }
    }
}
