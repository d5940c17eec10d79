package snapfit.store;

/**
 * The row key of a match: its two segment keys packed into one integer, the smaller one in the high
 * bits, {@code smaller << 16 | larger}. Ordering by pair key is ordering by (smaller, larger), and the
 * matches in which a segment is the smaller one form one contiguous key range.
 */
final class PairKeys {

    private static final int SHIFT = StoreSchema.PAIR_SHIFT;
    private static final long LOW_MASK = (1L << SHIFT) - 1;

    private PairKeys() {
    }

    static long of(int segmentKeyA, int segmentKeyB) {
        return (long) Math.min(segmentKeyA, segmentKeyB) << SHIFT | Math.max(segmentKeyA, segmentKeyB);
    }

    static int smaller(long pairKey) {
        return (int) (pairKey >>> SHIFT);
    }

    static int larger(long pairKey) {
        return (int) (pairKey & LOW_MASK);
    }

    /** The first pair key whose smaller segment is {@code segmentKey}. */
    static long firstWithSmaller(int segmentKey) {
        return (long) segmentKey << SHIFT;
    }

    /** The last pair key whose smaller segment is {@code segmentKey}. */
    static long lastWithSmaller(int segmentKey) {
        return (long) segmentKey << SHIFT | LOW_MASK;
    }
}
