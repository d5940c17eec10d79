package snapfit.store;

import java.nio.file.Path;
import snapfit.model.InputFileException;

/** One array inside an {@code .npz} file is missing, malformed or of a kind snap-fit does not read. */
public class NpzArrayException extends InputFileException {

    private final String arrayKey;

    public NpzArrayException(Path file, String arrayKey, String problem) {
        super(file, "array '" + arrayKey + "' " + problem);
        this.arrayKey = arrayKey;
    }

    NpzArrayException(Path file, String arrayKey, String problem, Throwable cause) {
        super(file, "array '" + arrayKey + "' " + problem, cause);
        this.arrayKey = arrayKey;
    }

    /** The array's name, as {@code numpy.load(file)[key]} would use it. */
    public String arrayKey() {
        return arrayKey;
    }
}
