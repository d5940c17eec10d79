package snapfit.pipeline;

import java.time.Duration;
import snapfit.match.MatchStats;

/**
 * What {@link Matching#match} did.
 *
 * @param incremental whether only pairs with newly added pieces were scored
 * @param newPieces   pieces matched for the first time in this run
 * @param pieces      pieces in the cache
 * @param stats       pairs considered and scored, and the wall time of scoring and storing
 * @param stored      matches in {@code dataset.db} afterwards
 * @param rebuild     wall time before scoring began: reading the cache, rebuilding the pieces from their
 *                    contours, preparing the matcher
 * @param finish      wall time after the last score was stored: rebuilding indexes and committing
 */
public record MatchReport(boolean incremental, int newPieces, int pieces, MatchStats stats, long stored,
        Duration rebuild, Duration finish) {
}
