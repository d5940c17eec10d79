package snapfit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import snapfit.model.EdgePos;

/**
 * The SQL behind {@link MatchStore#stream}: which index answers which filter. Matches of a piece or
 * a segment come from a range of pair keys in each key block (where it is the smaller segment) and of
 * the covering index {@code matches_by_seg_b} (where it is the larger): a few thousand rows, sorted by SQLite. All matches come
 * in two tiers: first those better than the {@link BestMatchesIndex} bound, read in order from that
 * index and merged with the manual overrides; then, only if the caller reads that far, the rest by a
 * full scan.
 */
final class MatchQueries {

    private static final int EDGES = EdgePos.values().length;
    private static final String EFFECTIVE = "coalesce(similarity_manual, similarity)";
    private static final String COLUMNS = "SELECT pair_key, similarity, similarity_manual, ";
    private static final String ORDER = " ORDER BY 4, 1";
    /**
     * The key blocks from the first parameter's to the last stored one, as table {@code blocks (b)}; SQLite
     * then looks up one pair-key range per block.
     */
    static final String BLOCKS_FROM = "WITH RECURSIVE blocks (b) AS (SELECT ? UNION ALL SELECT b + 1 FROM blocks"
            + " WHERE b < (SELECT max(pair_key) >> " + PairKeys.BLOCK_SHIFT + " FROM matches)) ";
    /** Rows of block {@code b} whose pair-key offset lies between the next two parameters. */
    static final String IN_BLOCK = "pair_key BETWEEN (b << " + PairKeys.BLOCK_SHIFT + ") + ? AND (b << "
            + PairKeys.BLOCK_SHIFT + ") + ?";

    private MatchQueries() {
    }

    static List<MatchCursor.Tier> tiers(Connection connection, PieceKeys keys, MatchFilter filter) throws SQLException {
        if (filter.piece() != null) {
            int first = keys.keyOf(filter.piece()) * EDGES;
            return List.of(keyRange(first, first + EDGES - 1, filter));
        }
        if (filter.segment() != null) {
            int key = keys.segmentKey(filter.segment());
            return List.of(keyRange(key, key, filter));
        }
        return global(BestMatchesIndex.bound(connection), filter);
    }

    /**
     * Matches of the segments {@code low..high}: as the smaller segment by one pair-key range per key block,
     * from theirs to the last; as the larger by index.
     */
    private static MatchCursor.Tier keyRange(int low, int high, MatchFilter filter) {
        String maxCondition = filter.maxSimilarity() == null ? "" : " AND " + EFFECTIVE + " <= ?";
        String sql = BLOCKS_FROM + COLUMNS + EFFECTIVE + " FROM blocks JOIN matches ON " + IN_BLOCK + maxCondition
                + " UNION ALL " + COLUMNS + EFFECTIVE + " FROM matches WHERE seg_b BETWEEN ? AND ?" + maxCondition
                + ORDER;
        List<Long> parameters = new ArrayList<>(List.of((long) PairKeys.block(low), PairKeys.firstWithSmaller(low),
                PairKeys.lastWithSmaller(high)));
        if (filter.maxSimilarity() != null) {
            parameters.add((long) filter.maxFixedPoint());
        }
        parameters.addAll(List.of((long) low, (long) high));
        if (filter.maxSimilarity() != null) {
            parameters.add((long) filter.maxFixedPoint());
        }
        return new MatchCursor.Tier(sql, parameters);
    }

    private static List<MatchCursor.Tier> global(OptionalInt bound, MatchFilter filter) {
        Integer max = filter.maxSimilarity() == null ? null : filter.maxFixedPoint();
        if (bound.isEmpty()) {
            return List.of(rest(null, max));
        }
        // The bound is our own integer from the settings table; SQLite matches a partial index only on literal text.
        String best = COLUMNS + "similarity FROM matches WHERE similarity_manual IS NULL AND similarity < "
                + bound.getAsInt() + (max == null ? "" : " AND similarity <= ?")
                + " UNION ALL " + COLUMNS + "similarity_manual FROM matches WHERE similarity_manual IS NOT NULL"
                + " AND similarity_manual < " + bound.getAsInt() + (max == null ? "" : " AND similarity_manual <= ?")
                + ORDER;
        MatchCursor.Tier first = new MatchCursor.Tier(best, max == null ? List.of() : List.of((long) max, (long) max));
        if (max != null && max < bound.getAsInt()) {
            return List.of(first);
        }
        return List.of(first, rest(bound.getAsInt(), max));
    }

    /** Matches scoring at least {@code from} (all when null) and at most {@code max} (when set), by full scan. */
    private static MatchCursor.Tier rest(Integer from, Integer max) {
        List<Long> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        if (from != null) {
            conditions.add(EFFECTIVE + " >= ?");
            parameters.add((long) from);
        }
        if (max != null) {
            conditions.add(EFFECTIVE + " <= ?");
            parameters.add((long) max);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new MatchCursor.Tier(COLUMNS + EFFECTIVE + " FROM matches" + where + ORDER, parameters);
    }
}
