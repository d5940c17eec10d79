package snapfit.store;

/**
 * The row key of a match: its two segment keys packed into one integer, behind the block of the larger one,
 * {@code block(larger) << 32 | smaller << 16 | larger}, where a block is {@value #SEGMENTS_PER_BLOCK} consecutive
 * segment keys (16 pieces).
 *
 * <p>Why blocks: new pieces get the largest keys, so every pair of a newly added sheet falls in the last one
 * or two blocks and is appended at the end of the table. Keyed by {@code smaller << 16 | larger} alone, those
 * pairs would land in the key range of every stored segment: at 1,500 pieces, 140,000 rows spread over 6,000
 * places in the table cost SQLite 1.5 s against 0.5 s appended. Within a block, rows are ordered by (smaller,
 * larger), so the matches in which a segment is the smaller one form one contiguous key range per block, from
 * its own block on.
 */
final class PairKeys {

    private static final int SHIFT = StoreSchema.PAIR_SHIFT;
    private static final long LOW_MASK = (1L << SHIFT) - 1;
    /** Bits of a segment key dropped to get its block. */
    private static final int BLOCK_BITS = 6;
    static final int SEGMENTS_PER_BLOCK = 1 << BLOCK_BITS;
    /** The bit at which a pair key holds its block. */
    static final int BLOCK_SHIFT = 2 * SHIFT;

    private PairKeys() {
    }

    static long of(int segmentKeyA, int segmentKeyB) {
        int smaller = Math.min(segmentKeyA, segmentKeyB);
        int larger = Math.max(segmentKeyA, segmentKeyB);
        return (long) block(larger) << BLOCK_SHIFT | (long) smaller << SHIFT | larger;
    }

    static int smaller(long pairKey) {
        return (int) (pairKey >>> SHIFT & LOW_MASK);
    }

    static int larger(long pairKey) {
        return (int) (pairKey & LOW_MASK);
    }

    /** The block of a segment key: the first block that can hold a pair in which it is the smaller segment. */
    static int block(int segmentKey) {
        return segmentKey >>> BLOCK_BITS;
    }

    /** Within any block, the offset of the first pair key whose smaller segment is {@code segmentKey}. */
    static long firstWithSmaller(int segmentKey) {
        return (long) segmentKey << SHIFT;
    }

    /** Within any block, the offset of the last pair key whose smaller segment is {@code segmentKey}. */
    static long lastWithSmaller(int segmentKey) {
        return (long) segmentKey << SHIFT | LOW_MASK;
    }
}
