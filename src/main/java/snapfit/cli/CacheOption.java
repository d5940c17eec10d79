package snapfit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import snapfit.pipeline.CacheCheck;
import snapfit.pipeline.CacheFinding;

/** The {@code --cache DIR} option every cache command shares. */
final class CacheOption {

    @Option(names = "--cache", required = true, paramLabel = "DIR",
            description = "Cache folder: metadata.json, contours/, dataset.db.")
    Path dir;

    /**
     * The cache folder, once the cheap check on open has repaired the exports dataset.db can rebuild; prints each
     * finding on {@code err} as one line. Damaged contour files only get a warning: match, query and evaluate read
     * pieces and segments from dataset.db ({@code match} rebuilds from contours only the segments of sheets
     * ingested without them, and then fails on a damaged file by itself).
     */
    Path checkedOnOpen(PrintWriter err, String command) {
        for (CacheFinding finding : CacheCheck.onOpen(dir)) {
            String warning = finding.state() == CacheFinding.State.NOT_REPAIRABLE ? "warning: " : "";
            err.println(command + ": " + warning + finding.toLine());
        }
        return dir;
    }
}
