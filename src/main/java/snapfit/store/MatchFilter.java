package snapfit.store;

import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.model.Similarity;

/**
 * Which matches {@link MatchStore#stream} returns, best first: all, those of one piece, or those of
 * one segment; optionally only those with an effective similarity of at most {@code maxSimilarity};
 * then {@code offset} rows skipped and at most {@code limit} returned. Build from {@link #all()},
 * {@link #ofPiece} or {@link #ofSegment} and the {@code with...} methods.
 *
 * @param piece         only matches of this piece, or null
 * @param segment       only matches of this segment, or null; not together with {@code piece}
 * @param maxSimilarity only matches scoring at most this (manual score where set), or null for all
 * @param limit         the most rows returned, {@code >= 0}; {@link Integer#MAX_VALUE} for all
 * @param offset        rows skipped first, {@code >= 0}
 */
public record MatchFilter(PieceId piece, SegmentId segment, Float maxSimilarity, int limit, int offset) {

    public MatchFilter {
        if (piece != null && segment != null) {
            throw new IllegalArgumentException("filter names both piece " + piece + " and segment " + segment
                    + ": choose one");
        }
        if (maxSimilarity != null && !(maxSimilarity >= 0)) {
            throw new IllegalArgumentException("maxSimilarity " + maxSimilarity + " must be >= 0: scores are never negative");
        }
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit " + limit + " and offset " + offset + " must be >= 0");
        }
    }

    public static MatchFilter all() {
        return new MatchFilter(null, null, null, Integer.MAX_VALUE, 0);
    }

    public static MatchFilter ofPiece(PieceId piece) {
        return new MatchFilter(piece, null, null, Integer.MAX_VALUE, 0);
    }

    public static MatchFilter ofSegment(SegmentId segment) {
        return new MatchFilter(null, segment, null, Integer.MAX_VALUE, 0);
    }

    public MatchFilter withMaxSimilarity(float max) {
        return new MatchFilter(piece, segment, max, limit, offset);
    }

    public MatchFilter withLimit(int newLimit) {
        return new MatchFilter(piece, segment, maxSimilarity, newLimit, offset);
    }

    public MatchFilter withOffset(int newOffset) {
        return new MatchFilter(piece, segment, maxSimilarity, limit, newOffset);
    }

    /** The largest stored fixed-point score that passes {@code maxSimilarity}; only when it is set. */
    int maxFixedPoint() {
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.floor(maxSimilarity / Similarity.STEP));
    }
}
