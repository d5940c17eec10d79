package snapfit.model;

import java.util.Objects;

/** An unordered pair of segments, kept with the smaller id first so that (a, b) equals (b, a). */
public record SegmentPair(SegmentId first, SegmentId second) {

    public SegmentPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) > 0) {
            throw new IllegalArgumentException(
                    "pair " + first + " / " + second + " is not in order: build it with SegmentPair.of");
        }
    }

    public static SegmentPair of(SegmentId a, SegmentId b) {
        return a.compareTo(b) <= 0 ? new SegmentPair(a, b) : new SegmentPair(b, a);
    }

    @Override
    public String toString() {
        return first + " / " + second;
    }
}
