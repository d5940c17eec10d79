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
 * @param huberPx            distances across the partner up to this many pixels count squared, farther ones only
 *                           linearly (Huber 1964), so that a few samples where the outline went astray (a cut-edge band
 *                           the detector took for the face) do not outweigh the rest of the edge; positive
 */
public record ScoreConfig(ScoreFunction function, double maxRotationDegrees, double lengthWeight,
                          double maxLengthRatio, double scaleTolerance, double huberPx) {

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
        if (!(huberPx > 0) || Double.isInfinite(huberPx)) {
            throw new IllegalArgumentException("huberPx " + huberPx + " must be positive and finite");
        }
    }

    /**
     * Procrustes, rotation up to 10 degrees, length weight 0.05, length ratio up to 1.25, scale tolerance 1%, Huber
     * 1 px. Tolerance and rotation were chosen on synthetic photo-like puzzles, seeds 101 (10x12, low variety, scale
     * ±8%, tilt 5 degrees), 104 (10x12, low variety), 105 (10x12, scale ±8%, tilt 5 degrees) and 102 (30x50, low
     * variety), sheets calibrated as ingest does: with weight 0.1, inner top-1 46%, 84%, 100% and 45%; a tolerance of
     * 3% scored the same within a point. Huber's bound was chosen on 30x50 seed 21 (low variety, top-down) once the
     * residual was measured across the partner on sub-pixel edges: with bound 0.5, 0.7, 1 and 1.5 px (weight 0.03):
     * 69.4%, 84.9%, 84.9% and 84.0%. The weight was chosen again once sides ended on their corners' tips
     * ({@link CornerTips}), which makes chord lengths worth more. Inner top-1 with weight 0.03 (before), 0.05 (now) and
     * 0.06, tolerance 1%: 30x50 low variety top-down, seeds 21 and 102: 96.3%, 97.1%, 97.2% and 96.5%, 97.3%, 97.5%;
     * 30x50 low variety with capture, seed 201: 92.6%, 91.3%, 90.4%; 10x12 low variety with capture, seeds 101, 202 and
     * 203: 96.5%, 95.1%, -; 100%, 98.9%, -; 97.2%, 96.8%, -. Chords of photos taken by hand carry what calibration
     * leaves of each sheet's scale, so they deserve less weight there than on top-down photos. Less scale tolerance
     * (0.3-0.5%) gained 0.1-0.3 points top-down and lost up to 1.8 points with capture.
     */
    public static ScoreConfig defaults() {
        return new ScoreConfig(ScoreFunction.PROCRUSTES, 10, 0.05, 1.25, SCALE_TOLERANCE, 1);
    }

    /** This config with another score function (the CLI's {@code match --score}). */
    public ScoreConfig withFunction(ScoreFunction newFunction) {
        return new ScoreConfig(newFunction, maxRotationDegrees, lengthWeight, maxLengthRatio, scaleTolerance, huberPx);
    }
}
