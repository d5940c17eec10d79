package snapfit.solve;

/**
 * The solver's knobs.
 *
 * @param partnersPerSide   the best partners kept for each side as candidates, e.g. 24; a pair outside every side's
 *                          list costs as much as the worse of the two sides' last kept partner
 * @param repairRounds      rounds of taking out doubtful placements and placing them again, e.g. 6
 * @param doubtfulCost      a placement whose sides cost more than this (normalised, 1 = as good as the sides'
 *                          second-best partners) is taken out in a repair round, e.g. 1.0
 * @param strangerCost      a placed piece whose sides cost more than this on average, and that is no side's best
 *                          partner, is left out as a stranger, e.g. 2.0
 */
public record SolverConfig(int partnersPerSide, int repairRounds, double doubtfulCost, double strangerCost) {

    public static final SolverConfig DEFAULT = new SolverConfig(24, 6, 1.0, 2.0);

    public SolverConfig {
        if (partnersPerSide < 2) {
            throw new IllegalArgumentException("partnersPerSide " + partnersPerSide + " must be at least 2");
        }
        if (repairRounds < 0) {
            throw new IllegalArgumentException("repairRounds " + repairRounds + " must not be negative");
        }
        if (!(doubtfulCost > 0) || !(strangerCost > 0)) {
            throw new IllegalArgumentException("doubtfulCost " + doubtfulCost + " and strangerCost " + strangerCost
                    + " must be positive");
        }
    }
}
