package snapfit.store;

/**
 * The row key of a match: its two segment keys packed into 32 bits, led by the key block of the larger one,
 * {@code block(larger) << 22 | smaller << 6 | larger % 64}, where a block is {@value #SEGMENTS_PER_BLOCK}
 * consecutive segment keys (16 pieces) and {@code larger}'s block bits are not repeated.
 *
 * <p>Why blocks: new pieces get the largest keys, so every pair of a newly added sheet falls in the last one
 * or two blocks and is appended at the end of the table. Keyed by {@code smaller << 16 | larger} alone, those
 * pairs would land in the key range of every stored segment: at 1,500 pieces, 140,000 rows spread over 6,000
 * places in the table cost SQLite 1.5 s against 0.5 s appended. Within a block, rows are ordered by (smaller,
 * larger), so the matches in which a segment is the smaller one form one contiguous key range per block, from
 * its own block on.
 */
final class PairKeys {

    /** Bits of a segment key below its block. */
    private static final int OFFSET_BITS = 6;
    private static final int OFFSET_MASK = (1 << OFFSET_BITS) - 1;
    private static final int SEGMENT_MASK = (1 << StoreSchema.SEGMENT_KEY_BITS) - 1;
    static final int SEGMENTS_PER_BLOCK = 1 << OFFSET_BITS;
    /** The bit at which a pair key holds its block: above the smaller segment's key and the larger's offset. */
    static final int BLOCK_SHIFT = StoreSchema.SEGMENT_KEY_BITS + OFFSET_BITS;

    private PairKeys() {
    }

    static long of(int segmentKeyA, int segmentKeyB) {
        int smaller = Math.min(segmentKeyA, segmentKeyB);
        int larger = Math.max(segmentKeyA, segmentKeyB);
        return (long) block(larger) << BLOCK_SHIFT | (long) smaller << OFFSET_BITS | larger & OFFSET_MASK;
    }

    static int smaller(long pairKey) {
        return (int) (pairKey >>> OFFSET_BITS) & SEGMENT_MASK;
    }

    static int larger(long pairKey) {
        return (int) (pairKey >>> BLOCK_SHIFT) << OFFSET_BITS | (int) pairKey & OFFSET_MASK;
    }

    /** The block of a segment key: the first block that can hold a pair in which it is the smaller segment. */
    static int block(int segmentKey) {
        return segmentKey >>> OFFSET_BITS;
    }

    /** Within any block, the offset of the first pair key whose smaller segment is {@code segmentKey}. */
    static long firstWithSmaller(int segmentKey) {
        return (long) segmentKey << OFFSET_BITS;
    }

    /** Within any block, the offset of the last pair key whose smaller segment is {@code segmentKey}. */
    static long lastWithSmaller(int segmentKey) {
        return (long) segmentKey << OFFSET_BITS | OFFSET_MASK;
    }
}
