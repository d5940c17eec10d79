package snapfit.pipeline;

import snapfit.match.MatchStats;

/**
 * What {@link Matching#match} did.
 *
 * @param incremental whether only pairs with newly added pieces were scored
 * @param newPieces   pieces matched for the first time in this run
 * @param pieces      pieces in the cache
 * @param stats       pairs considered and scored, and the wall time of scoring and storing
 * @param stored      matches in {@code dataset.db} afterwards
 */
public record MatchReport(boolean incremental, int newPieces, int pieces, MatchStats stats, long stored) {
}
