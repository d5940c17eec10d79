package snapfit.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared data folder {@code ../shared}, beside the clone, as the README says; it is never copied
 * into the repository. Tests that need it are skipped when it is absent.
 */
public final class SharedData {

    private static final Path FOLDER = Path.of("..", "shared");

    private SharedData() {
    }

    /** The real photo {@code data/real/NAME}, or a skipped test when the shared folder is absent. */
    public static Path realPhoto(String name) {
        Path photo = FOLDER.resolve("data").resolve("real").resolve(name);
        assumeTrue(Files.isRegularFile(photo), "shared data folder with data/real/" + name + " is absent: " + photo);
        return photo;
    }
}
