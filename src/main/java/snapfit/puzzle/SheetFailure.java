package snapfit.puzzle;

import java.nio.file.Path;
import java.util.Objects;

/** A photo that {@link SheetManager#addFolder} skipped, and why (a message naming the file and the fix). */
public record SheetFailure(Path image, String problem) {

    public SheetFailure {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(problem, "problem of " + image);
    }
}
