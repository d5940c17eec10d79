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
 *                           error (2-4 px): 0.2 counts a 10 px difference as 2 px of misfit
 * @param maxLengthRatio     pairs whose longer chord exceeds the shorter by more than this factor are not
 *                           scored at all: they cannot be the same cut
 */
public record ScoreConfig(ScoreFunction function, double maxRotationDegrees, double lengthWeight,
                          double maxLengthRatio) {

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
    }

    /**
     * Procrustes, rotation up to 10 degrees, length weight 0.2, length ratio up to 1.25. The weight was chosen
     * on synthetic photo-like puzzles with seeds 101-103: 0.1-0.3 rank 98.6-100% of true partners first, 0 and
     * 0.5 a few points fewer (no weight lets a short edge pass for a long one, a large one punishes corner error).
     */
    public static ScoreConfig defaults() {
        return new ScoreConfig(ScoreFunction.PROCRUSTES, 10, 0.2, 1.25);
    }

    /** This config with another score function (the CLI's {@code match --score}). */
    public ScoreConfig withFunction(ScoreFunction newFunction) {
        return new ScoreConfig(newFunction, maxRotationDegrees, lengthWeight, maxLengthRatio);
    }
}
