package snapfit.puzzle;

/**
 * Thresholds of {@link ShapeClassifier}, each a fraction of the piece's mean side length (the mean distance
 * between consecutive corners), so they hold at any photo resolution.
 *
 * @param flatMax   a side whose outline stays within this distance of its chord on both sides is a flat
 *                  border; the detector removes the dark band of the cut edge and shadow, and 0.08 still
 *                  tolerates a 10-20 px band it could not tell from the face, on pieces 250 px or more across
 * @param knobMin   the least bulge of a tab or blank; real ones reach 0.2-0.35
 * @param dominance a tab or blank bulges the other way by at most this fraction of its own bulge; more
 *                  is an S-shaped or broken side, classified weird
 */
public record ShapeClassifierConfig(double flatMax, double knobMin, double dominance) {

    public ShapeClassifierConfig {
        if (!(flatMax > 0 && flatMax <= knobMin)) {
            throw new IllegalArgumentException("flatMax " + flatMax + " must be above 0 and at most knobMin "
                    + knobMin + ", e.g. 0.08 and 0.12");
        }
        if (!(knobMin < 1)) {
            throw new IllegalArgumentException("knobMin " + knobMin + " must be below 1 side length, e.g. 0.12");
        }
        if (!(dominance > 0 && dominance <= 1)) {
            throw new IllegalArgumentException("dominance " + dominance + " must be in (0, 1], e.g. 0.6");
        }
    }

    /** flatMax 0.08, knobMin 0.12, dominance 0.6. */
    public static ShapeClassifierConfig defaults() {
        return new ShapeClassifierConfig(0.08, 0.12, 0.6);
    }
}
