package snapfit.store;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import snapfit.model.EdgePos;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;

/**
 * The integer keys {@code dataset.db} gives pieces, and the segment keys derived from them:
 * {@code segmentKey = pieceKey * 4 + EdgePos.ordinal()}. An immutable snapshot: keys are stable
 * while a piece stays in the store (re-ingesting its sheet keeps them) and are never reused for
 * another piece while matches of the old one exist.
 */
public final class PieceKeys {

    private static final int EDGES = EdgePos.values().length;

    private final Map<PieceId, Integer> keyOf;
    /** Indexed by segment key; null where no piece has that key. */
    private final SegmentId[] segmentOf;

    PieceKeys(Map<PieceId, Integer> keys) {
        this.keyOf = Map.copyOf(keys);
        int maxKey = keys.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (maxKey > Integer.MAX_VALUE / EDGES - 1) {
            throw new IllegalStateException("piece key " + maxKey + " is too large for a segment key");
        }
        this.segmentOf = new SegmentId[(maxKey + 1) * EDGES];
        keys.forEach((piece, key) -> {
            for (EdgePos edge : EdgePos.values()) {
                segmentOf[key * EDGES + edge.ordinal()] = new SegmentId(piece, edge);
            }
        });
    }

    /** The piece's key, if the store holds the piece. */
    public OptionalInt find(PieceId piece) {
        Integer key = keyOf.get(Objects.requireNonNull(piece, "piece"));
        return key == null ? OptionalInt.empty() : OptionalInt.of(key);
    }

    /**
     * The piece's key.
     *
     * @throws IllegalArgumentException when the store does not hold the piece
     */
    public int keyOf(PieceId piece) {
        return find(piece).orElseThrow(() -> new IllegalArgumentException("piece " + piece
                + " is not in the dataset: ingest its sheet first (`snapfit ingest`)"));
    }

    /** The segment's key, {@code keyOf(piece) * 4 + edge ordinal}. */
    public int segmentKey(SegmentId segment) {
        return keyOf(segment.pieceId()) * EDGES + segment.edgePos().ordinal();
    }

    /**
     * The segment with this key.
     *
     * @throws IllegalArgumentException when no piece has key {@code segmentKey / 4}
     */
    public SegmentId segmentOf(int segmentKey) {
        if (!contains(segmentKey)) {
            throw new IllegalArgumentException("segment key " + segmentKey + " belongs to no piece (piece key "
                    + Math.floorDiv(segmentKey, EDGES) + "): take keys from segmentKey()");
        }
        return segmentOf[segmentKey];
    }

    /** The piece with this key. */
    public PieceId pieceOf(int pieceKey) {
        if (pieceKey < 0 || pieceKey > Integer.MAX_VALUE / EDGES) {
            throw new IllegalArgumentException("piece key " + pieceKey + " belongs to no piece");
        }
        return segmentOf(pieceKey * EDGES).pieceId();
    }

    /** Whether a piece holds this segment key. */
    public boolean contains(int segmentKey) {
        return segmentKey >= 0 && segmentKey < segmentOf.length && segmentOf[segmentKey] != null;
    }

    /** The number of pieces. */
    public int size() {
        return keyOf.size();
    }

    @Override
    public String toString() {
        return "PieceKeys[" + keyOf.size() + " pieces, largest segment key " + (segmentOf.length - 1) + "]";
    }
}
