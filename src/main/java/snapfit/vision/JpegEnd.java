package snapfit.vision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import snapfit.model.InputFileException;

/**
 * Refuses a JPEG cut short (an interrupted copy or upload). The decoder would fill the missing rows with gray
 * and warn only on stderr, and that gray block would then be taken for a piece. A complete JPEG has an end
 * marker ({@code FF D9}) after its first scan: inside compressed scan data a {@code FF} byte is always
 * followed by {@code 00} or a restart marker, so the first {@code FF D9} after the scan starts is the real
 * end (ITU-T T.81, B.1.1.5). Segments before the scan are skipped by their lengths, which also skips the
 * end marker of an embedded thumbnail; bytes after the end (as in motion photos) are allowed.
 */
final class JpegEnd {

    private static final int MARKER = 0xFF;
    private static final int START_OF_IMAGE = 0xD8;
    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;

    private JpegEnd() {
    }

    /** @throws InputFileException naming the file and the fix when it is a JPEG without its end */
    static void requireComplete(Path image) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(image);
        } catch (IOException e) {
            throw new InputFileException(image, "cannot be read (" + e + "); check its permissions", e);
        }
        if (bytes.length < 4 || unsigned(bytes[0]) != MARKER || unsigned(bytes[1]) != START_OF_IMAGE) {
            return;
        }
        int scanStart = scanStart(bytes);
        if (scanStart < 0 || !hasEndAfter(bytes, scanStart)) {
            throw new InputFileException(image, "is a JPEG cut short (" + bytes.length + " bytes, no end of image);"
                    + " copy the photo again from the phone");
        }
    }

    /** Offset of the first start-of-scan marker, found by hopping over the segments before it; -1 if none. */
    private static int scanStart(byte[] bytes) {
        int offset = 2;
        while (offset + 4 <= bytes.length) {
            if (unsigned(bytes[offset]) != MARKER) {
                return -1;
            }
            int marker = unsigned(bytes[offset + 1]);
            if (marker == MARKER) {
                offset++;
            } else if (marker == START_OF_SCAN) {
                return offset;
            } else {
                offset += 2 + (unsigned(bytes[offset + 2]) << 8 | unsigned(bytes[offset + 3]));
            }
        }
        return -1;
    }

    private static boolean hasEndAfter(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (unsigned(bytes[i]) == MARKER && unsigned(bytes[i + 1]) == END_OF_IMAGE) {
                return true;
            }
        }
        return false;
    }

    private static int unsigned(byte value) {
        return value & 0xFF;
    }
}
