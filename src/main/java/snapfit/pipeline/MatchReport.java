package snapfit.pipeline;

import java.time.Duration;
import java.util.OptionalInt;
import snapfit.match.MatchStats;

/**
 * What {@link Matching#match} did.
 *
 * @param incremental whether only pairs with newly added pieces were scored (an incremental run over matches
 *                    pruned to the best K scores all pairs after a sheet was ingested again)
 * @param newPieces   pieces matched for the first time in this run
 * @param pieces      pieces in the cache
 * @param stats       pairs considered and scored, and the wall time of scoring and storing
 * @param stored      matches in {@code dataset.db} afterwards
 * @param keptPerSegment the best partners kept per segment ({@code match --keep-best}); empty when every scored
 *                    pair is stored
 * @param prepare     wall time before scoring began: reading the pieces and their stored segments (rebuilding
 *                    from contours the pieces ingested without them), preparing the matcher
 * @param finish      wall time after the last score was handed to the store: inserting the rows still held for
 *                    sorting, building indexes, committing
 */
public record MatchReport(boolean incremental, int newPieces, int pieces, MatchStats stats, long stored,
        OptionalInt keptPerSegment, Duration prepare, Duration finish) {
}
