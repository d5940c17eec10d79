package snapfit.match;

import java.util.Arrays;
import java.util.Locale;

/** Which edge score {@link EdgeScorer} computes; see there for each one's steps. */
public enum ScoreFunction {

    /**
     * Chord frames, partner reversed, rotation-clamped Procrustes fit; the distance left across the partner's curve,
     * Huber's loss, plus a chord-length penalty.
     */
    PROCRUSTES,

    /**
     * The Python seed's {@code SegmentMatcher}, for comparison: a similarity transform from the end points, points
     * paired by index ratio, mean distance; it hides length differences and depends on argument order.
     */
    ORIGINAL;

    /**
     * The function with this name, ignoring case ({@code procrustes}, {@code original}).
     *
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    public static ScoreFunction byName(String name) {
        for (ScoreFunction function : values()) {
            if (function.name().equalsIgnoreCase(name.strip())) {
                return function;
            }
        }
        throw new IllegalArgumentException("score function '" + name + "' is unknown; use one of "
                + Arrays.stream(values()).map(function -> function.name().toLowerCase(Locale.ROOT)).toList());
    }
}
