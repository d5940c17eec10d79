package snapfit.pipeline;

import java.time.Duration;
import java.util.List;
import snapfit.puzzle.SheetFailure;

/**
 * What {@link Ingestion#ingest} did.
 *
 * @param sheetsIngested sheets written to the cache, in file-name order
 * @param pieces         pieces on those sheets
 * @param failures       photos skipped, each with a message naming the file and the fix
 * @param elapsed        wall time
 */
public record IngestReport(List<String> sheetsIngested, int pieces, List<SheetFailure> failures, Duration elapsed) {

    public IngestReport {
        sheetsIngested = List.copyOf(sheetsIngested);
        failures = List.copyOf(failures);
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
