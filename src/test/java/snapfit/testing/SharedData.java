package snapfit.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The project's shared data folder, which is never copied into the repository: system property
 * {@code snapfit.shared}, else {@code ../shared}, else {@code /work/shared}. Tests that need it are skipped when
 * it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The real photo {@code data/real/NAME}, or a skipped test when the shared folder is absent. */
    public static Path realPhoto(String name) {
        Path found = Stream.of(System.getProperty("snapfit.shared"), "../shared", "/work/shared")
                .filter(candidate -> candidate != null && !candidate.isBlank())
                .map(candidate -> Path.of(candidate, "data", "real", name))
                .filter(Files::isRegularFile)
                .findFirst()
                .orElse(null);
        assumeTrue(found != null, "shared data folder with data/real/" + name + " is absent");
        return found;
    }
}
