package snapfit.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import snapfit.model.InputFileException;
import snapfit.pipeline.SolutionPictures;
import snapfit.store.SolutionFile;

/**
 * What {@code snapfit solve} leaves in the cache folder: {@code solution.json} (DESIGN.md's format, served as it
 * is) and the assembled picture. Before a solve both are a 404 that says to run it.
 */
final class SolutionFiles {

    private final Path cacheDir;

    SolutionFiles(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    byte[] json() {
        return read(SolutionFile.in(cacheDir));
    }

    byte[] picture() {
        return read(SolutionPictures.Files.in(cacheDir).full());
    }

    boolean exists() {
        return Files.isRegularFile(SolutionFile.in(cacheDir));
    }

    private byte[] read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw ApiError.notFound("no solution yet", "run snapfit solve --cache " + cacheDir);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputFileException(file, "cannot be read (" + e + "); check its permissions", e);
        }
    }
}
