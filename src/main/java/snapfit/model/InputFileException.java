package snapfit.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file snap-fit was asked to read or write is missing, unreadable, malformed or not ours.
 * The message starts with the path; {@link #file()} carries it for callers that report per file.
 */
public class InputFileException extends SnapfitException {

    private final Path file;
    private final String problem;

    public InputFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = problem;
    }

    public InputFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The message without the path it starts with: what is wrong with the file and the fix. */
    public String problem() {
        return problem;
    }
}
