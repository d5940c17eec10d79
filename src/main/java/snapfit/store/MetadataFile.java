package snapfit.store;

import java.nio.file.Path;
import snapfit.model.InputFileException;

/** Reads and writes {@code metadata.json}: {@code {"sheets": [SheetRecord...], "pieces": [PieceRecord...]}}. */
public final class MetadataFile {

    private static final String FIX = "re-create it with `snapfit ingest --images DIR --cache DIR`";

    private MetadataFile() {
    }

    /** Replaces {@code file} atomically with {@code metadata}. */
    public static void write(Path file, Metadata metadata) {
        AtomicFile.write(file, out -> Json.writer().writeValue(out, metadata));
    }

    /**
     * Reads {@code file}.
     *
     * @throws InputFileException naming the file, the JSON location and the fix when it is missing or malformed
     */
    public static Metadata read(Path file) {
        return JsonFiles.readValue(file, Metadata.class, FIX);
    }
}
