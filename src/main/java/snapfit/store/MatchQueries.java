package snapfit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import snapfit.model.EdgePos;

/**
 * The SQL behind {@link MatchStore#stream}: which index answers which filter. Matches of a piece or
 * a segment come from key ranges of the clustered key (smaller segment) and of
 * {@code matches_by_seg_b} (larger segment), a few thousand rows sorted in memory. All matches come
 * in two tiers: first those better than the {@link BestMatchesIndex} bound, read in order from that
 * index and merged with the manual overrides; then, only if the caller reads that far, the rest by a
 * full scan.
 */
final class MatchQueries {

    private static final int EDGES = EdgePos.values().length;
    private static final String EFFECTIVE = "coalesce(similarity_manual, similarity)";
    private static final String COLUMNS = "SELECT seg_a, seg_b, similarity, similarity_manual, ";
    private static final String ORDER = " ORDER BY 5, 1, 2";

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

    private static MatchCursor.Tier keyRange(int low, int high, MatchFilter filter) {
        List<Integer> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (String column : new String[] {"seg_a", "seg_b"}) {
            sql.append(sql.length() == 0 ? "" : " UNION ALL ").append(COLUMNS).append(EFFECTIVE)
                    .append(" FROM matches WHERE ").append(column).append(" BETWEEN ? AND ?");
            parameters.add(low);
            parameters.add(high);
            if (filter.maxSimilarity() != null) {
                sql.append(" AND ").append(EFFECTIVE).append(" <= ?");
                parameters.add(filter.maxFixedPoint());
            }
        }
        return new MatchCursor.Tier(sql + ORDER, parameters);
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
        MatchCursor.Tier first = new MatchCursor.Tier(best, max == null ? List.of() : List.of(max, max));
        if (max != null && max < bound.getAsInt()) {
            return List.of(first);
        }
        return List.of(first, rest(bound.getAsInt(), max));
    }

    /** Matches scoring at least {@code from} (all when null) and at most {@code max} (when set), by full scan. */
    private static MatchCursor.Tier rest(Integer from, Integer max) {
        List<Integer> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        if (from != null) {
            conditions.add(EFFECTIVE + " >= ?");
            parameters.add(from);
        }
        if (max != null) {
            conditions.add(EFFECTIVE + " <= ?");
            parameters.add(max);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new MatchCursor.Tier(COLUMNS + EFFECTIVE + " FROM matches" + where + ORDER, parameters);
    }
}
