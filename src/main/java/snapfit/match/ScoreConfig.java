package snapfit.match;

/**
 * Tuning of the edge score.
 *
 * @param maxRotationDegrees the largest rotation, in degrees, the rigid alignment of two edges may use
 *                           on top of their chord alignment; corner errors of a few pixels tilt a chord
 *                           by a few degrees at most, so larger turns only make wrong pairs look better
 * @param lengthWeight       pixels of score added per pixel of difference between the two chord lengths;
 *                           true partners share both corners, so their chords are equally long
 * @param maxLengthRatio     pairs whose longer chord exceeds the shorter by more than this factor are not
 *                           scored at all: they cannot be the same cut
 */
public record ScoreConfig(double maxRotationDegrees, double lengthWeight, double maxLengthRatio) {

    public ScoreConfig {
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

    public static ScoreConfig defaults() {
        return new ScoreConfig(10, 0.5, 1.25);
    }
}
