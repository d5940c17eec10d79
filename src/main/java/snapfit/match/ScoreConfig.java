package snapfit.match;

import java.util.Objects;

/**
 * Tuning of the edge score.
 *
 * @param function           which score to compute; {@link ScoreFunction#PROCRUSTES} unless comparing with the seed
 * @param maxRotationDegrees the largest rotation, in degrees, the rigid alignment of two edges may use
 *                           on top of their chord alignment; corner errors of a few pixels tilt a chord
 *                           by a few degrees at most, so larger turns only make wrong pairs look better
 * @param lengthWeight       pixels of score added per pixel of difference between the two chord lengths;
 *                           true partners share both corners, so their chords are equally long, up to the corner
 *                           error (2-4 px) and what the sheets' calibration leaves: 0.1 counts a 10 px difference
 *                           as 1 px of misfit
 * @param maxLengthRatio     pairs whose longer chord exceeds the shorter by more than this factor are not
 *                           scored at all: they cannot be the same cut
 * @param scaleTolerance     the alignment may also scale one edge by up to this fraction either way, 0 to 0.1: what
 *                           is left of a hand-held photo's scale and keystone after each sheet's calibration
 *                           (under 1% from piece to piece) would otherwise count as misfit along the whole edge
 */
public record ScoreConfig(ScoreFunction function, double maxRotationDegrees, double lengthWeight,
                          double maxLengthRatio, double scaleTolerance) {

    private static final double SCALE_TOLERANCE = 0.01;

    public ScoreConfig {
        Objects.requireNonNull(function, "function");
        if (!(maxRotationDegrees >= 0 && maxRotationDegrees <= 90)) {
            throw new IllegalArgumentException(
                    "maxRotationDegrees " + maxRotationDegrees + " is outside 0..90 degrees");
        }
        if (!(lengthWeight >= 0)) {
            throw new IllegalArgumentException("lengthWeight " + lengthWeight + " is negative");
        }
        if (!(maxLengthRatio >= 1)) {
            throw new IllegalArgumentException("maxLengthRatio " + maxLengthRatio + " is below 1");
        }
        if (!(scaleTolerance >= 0 && scaleTolerance <= 0.1)) {
            throw new IllegalArgumentException("scaleTolerance " + scaleTolerance + " is outside 0..0.1");
        }
    }

    /**
     * Procrustes, rotation up to 10 degrees, length weight 0.1, length ratio up to 1.25, scale tolerance 1%. Chosen
     * on synthetic photo-like puzzles, seeds 101 (10x12, low variety, scale ±8%, tilt 5 degrees), 104 (10x12, low
     * variety), 105 (10x12, scale ±8%, tilt 5 degrees) and 102 (30x50, low variety), sheets calibrated as ingest
     * does. Inner top-1 with weight 0.2 and no scale: 40%, 84%, 99% and 38%; with weight 0.1 and 1%: 46%, 84%,
     * 100% and 45%. Weight 0.05 or 0 lets a short edge pass for a long one (104 before calibration: 82%, 70%); a
     * tolerance of 3% scores the same within a point.
     */
    public static ScoreConfig defaults() {
        return new ScoreConfig(ScoreFunction.PROCRUSTES, 10, 0.1, 1.25, SCALE_TOLERANCE);
    }

    /** This config with another score function (the CLI's {@code match --score}). */
    public ScoreConfig withFunction(ScoreFunction newFunction) {
        return new ScoreConfig(newFunction, maxRotationDegrees, lengthWeight, maxLengthRatio, scaleTolerance);
    }
}
