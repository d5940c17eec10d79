package snapfit.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the file {@code %load} runs. */
final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * The text of {@code file}, relative to the kernel's working folder (the notebook's folder).
     *
     * @throws IllegalArgumentException with a one-line message if it cannot be read
     */
    static String read(String file) {
        if (file.isBlank()) {
            throw new IllegalArgumentException("%load needs a file, e.g. %load helpers.jsh");
        }
        Path path = Path.of(file.strip()).toAbsolutePath().normalize();
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalArgumentException("%load cannot read " + path + " (" + e.getClass().getSimpleName()
                    + "); give a path relative to the notebook's folder " + Path.of("").toAbsolutePath(), e);
        }
    }
}
