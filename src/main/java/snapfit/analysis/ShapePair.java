package snapfit.analysis;

import java.util.Comparator;
import java.util.Objects;
import snapfit.model.SegmentShape;

/**
 * The unordered pair of shapes of a match's two segments, e.g. {@code in+out}; {@code first} is
 * never later than {@code second} in {@link SegmentShape} order, so (out, in) and (in, out) are one pair.
 */
public record ShapePair(SegmentShape first, SegmentShape second) implements Comparable<ShapePair> {

    private static final Comparator<ShapePair> ORDER =
            Comparator.comparing(ShapePair::first).thenComparing(ShapePair::second);

    public ShapePair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) > 0) {
            throw new IllegalArgumentException("shape pair " + first.value() + "+" + second.value()
                    + " is not in order: build it with ShapePair.of");
        }
    }

    /** The pair of {@code a} and {@code b} in either order. */
    public static ShapePair of(SegmentShape a, SegmentShape b) {
        return a.compareTo(b) <= 0 ? new ShapePair(a, b) : new ShapePair(b, a);
    }

    /** Whether the seed's rules let these shapes interlock ({@link SegmentShape#canMatch}). */
    public boolean canMatch() {
        return first.canMatch(second);
    }

    @Override
    public int compareTo(ShapePair other) {
        return ORDER.compare(this, other);
    }

    /** The label used in tables and legends, e.g. {@code in+out}. */
    @Override
    public String toString() {
        return first.value() + "+" + second.value();
    }
}
