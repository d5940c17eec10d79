package snapfit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --cache DIR} option every cache command shares. */
final class CacheOption {

    @Option(names = "--cache", required = true, paramLabel = "DIR",
            description = "Cache folder: metadata.json, contours/, dataset.db.")
    Path dir;
}
