package snapfit.solve;

/**
 * The solver's knobs.
 *
 * @param partnersPerSide   the best partners kept for each side as candidates, e.g. 24; a pair outside every side's
 *                          list costs as much as the worse of the two sides' last kept partner
 * @param repairRounds      rounds of taking out doubtful placements and placing them again, e.g. 6
 * @param doubtfulConfidence a placement less sure than this ({@link PuzzleSolver#confidence}) is taken out in a
 *                          repair round and placed again, e.g. 0.6
 * @param strangerCost      a piece whose flat sides fit no cell is put in a cell left empty only when its joins cost
 *                          at most this on average (normalised, 1 = as good as the sides' second-best partners), e.g.
 *                          2.0
 * @param searchRounds      blocks taken out and filled again in the final search, e.g. 400
 * @param maxBlock          the largest side of such a block, in cells, e.g. 6
 * @param searchSeed        seed of the random blocks, so that a solve is repeatable
 */
public record SolverConfig(int partnersPerSide, int repairRounds, double doubtfulConfidence, double strangerCost,
                           int searchRounds, int maxBlock, long searchSeed) {

    public static final SolverConfig DEFAULT = new SolverConfig(24, 6, 0.6, 2.0, 400, 6, 1);

    public SolverConfig {
        if (partnersPerSide < 2) {
            throw new IllegalArgumentException("partnersPerSide " + partnersPerSide + " must be at least 2");
        }
        if (repairRounds < 0) {
            throw new IllegalArgumentException("repairRounds " + repairRounds + " must not be negative");
        }
        if (!(doubtfulConfidence >= 0 && doubtfulConfidence <= 1)) {
            throw new IllegalArgumentException("doubtfulConfidence " + doubtfulConfidence + " must lie in [0, 1]");
        }
        if (searchRounds < 0 || maxBlock < 2) {
            throw new IllegalArgumentException("searchRounds " + searchRounds + " must not be negative and maxBlock "
                    + maxBlock + " must be at least 2");
        }
        if (!(strangerCost > 0)) {
            throw new IllegalArgumentException("strangerCost " + strangerCost + " must be positive");
        }
    }
}
