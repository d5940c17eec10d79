package snapfit.store;

import java.nio.file.Path;
import snapfit.model.BoardSet;

/** {@code boards.json}: the description of a set of marker boards that {@code snapfit board} writes. */
public final class BoardSetFile {

    public static final String NAME = "boards.json";

    private BoardSetFile() {
    }

    /** @throws snapfit.model.InputFileException when the file is missing or is not a board set */
    public static BoardSet read(Path file) {
        return JsonFiles.readValue(file, BoardSet.class,
                "give the boards.json that `snapfit board --out DIR` wrote next to the boards");
    }

    public static void write(Path file, BoardSet set) {
        AtomicFile.write(file, out -> Json.writer().writeValue(out, set));
    }
}
