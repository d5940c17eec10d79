package snapfit.pipeline;

import java.time.Duration;
import java.util.List;
import snapfit.model.SheetRecord;
import snapfit.puzzle.SheetFailure;

/**
 * What {@link Ingestion#ingest} did.
 *
 * @param sheets         sheets written to the cache, in file-name order, with their calibration
 * @param puzzlePieceSize the piece size, in pixels, that every sheet's calibration brings its pieces to
 * @param pieces         pieces on those sheets
 * @param failures       photos skipped, each with a message naming the file and the fix
 * @param elapsed        wall time
 */
public record IngestReport(List<SheetRecord> sheets, double puzzlePieceSize, int pieces, List<SheetFailure> failures,
                           Duration elapsed) {

    public IngestReport {
        sheets = List.copyOf(sheets);
        failures = List.copyOf(failures);
    }

    /** The ids of the sheets written to the cache, in file-name order. */
    public List<String> sheetsIngested() {
        return sheets.stream().map(SheetRecord::sheetId).toList();
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
