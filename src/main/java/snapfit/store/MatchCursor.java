package snapfit.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import snapfit.model.InputFileException;
import snapfit.model.MatchResult;
import snapfit.model.SegmentId;
import snapfit.model.Similarity;

/**
 * Iterates the rows of one or more ordered queries ("tiers") as {@link MatchResult}s, applying one
 * limit and offset across them; a later tier's query runs only if the earlier ones ran out. Holds
 * one open statement at a time; not thread-safe.
 */
final class MatchCursor implements Iterator<MatchResult>, AutoCloseable {

    /**
     * One query selecting {@code pair_key, similarity, similarity_manual, effective} in result
     * order, without LIMIT/OFFSET, and its parameters.
     */
    record Tier(String sql, List<Long> parameters) {

        Tier {
            parameters = List.copyOf(parameters);
        }
    }

    private final Path file;
    private final Connection connection;
    private final PieceKeys keys;
    private final Deque<Tier> tiers;
    private final int limit;
    private int offsetLeft;
    private int returned;
    private int returnedByTier;
    private Tier tier;
    private PreparedStatement statement;
    private ResultSet rows;
    private MatchResult next;

    MatchCursor(Path file, Connection connection, PieceKeys keys, List<Tier> tiers, int limit, int offset) {
        this.file = file;
        this.connection = connection;
        this.keys = keys;
        this.tiers = new ArrayDeque<>(tiers);
        this.limit = limit;
        this.offsetLeft = offset;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = advance();
            } catch (SQLException e) {
                close();
                throw Database.failure(file, "reading matches", e);
            }
        }
        return next != null;
    }

    @Override
    public MatchResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more matches");
        }
        MatchResult result = next;
        next = null;
        return result;
    }

    @Override
    public void close() {
        try {
            closeTier();
        } catch (SQLException e) {
            throw Database.failure(file, "closing a match query", e);
        }
        tiers.clear();
    }

    private MatchResult advance() throws SQLException {
        while (returned < limit) {
            if (rows != null && rows.next()) {
                returned++;
                returnedByTier++;
                return resultOf(rows);
            }
            if (rows != null) {
                finishTier();
            }
            if (tiers.isEmpty()) {
                break;
            }
            openTier(tiers.removeFirst());
        }
        closeTier();
        return null;
    }

    private void openTier(Tier next) throws SQLException {
        tier = next;
        returnedByTier = 0;
        // A LIMIT makes SQLite keep a bounded sorter, which costs more than it saves when nothing is cut off.
        boolean limited = limit != Integer.MAX_VALUE;
        String paging = (limited ? " LIMIT ?" : offsetLeft > 0 ? " LIMIT -1" : "") + (offsetLeft > 0 ? " OFFSET ?" : "");
        statement = connection.prepareStatement(tier.sql() + paging);
        int index = bind(statement, tier);
        if (limited) {
            statement.setInt(index++, limit - returned);
        }
        if (offsetLeft > 0) {
            statement.setInt(index, offsetLeft);
        }
        rows = statement.executeQuery();
    }

    /** An empty tier may still have consumed part of the offset; the next tier skips only what is left. */
    private void finishTier() throws SQLException {
        if (returnedByTier > 0) {
            offsetLeft = 0;
        } else if (offsetLeft > 0 && !tiers.isEmpty()) {
            offsetLeft = (int) Math.max(0, offsetLeft - count(connection, tier));
        }
        closeTier();
    }

    /** The number of rows {@code tier} selects. */
    static long count(Connection connection, Tier tier) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM (" + tier.sql() + ")")) {
            bind(count, tier);
            try (ResultSet counted = count.executeQuery()) {
                counted.next();
                return counted.getLong(1);
            }
        }
    }

    private static int bind(PreparedStatement statement, Tier tier) throws SQLException {
        int index = 1;
        for (long parameter : tier.parameters()) {
            statement.setLong(index++, parameter);
        }
        return index;
    }

    private void closeTier() throws SQLException {
        if (statement != null) {
            statement.close();
        }
        statement = null;
        rows = null;
    }

    private MatchResult resultOf(ResultSet row) throws SQLException {
        long pairKey = row.getLong(1);
        SegmentId a = segment(PairKeys.smaller(pairKey));
        SegmentId b = segment(PairKeys.larger(pairKey));
        float similarity = Similarity.fromFixedPoint(row.getInt(2));
        int manual = row.getInt(3);
        Float manualSimilarity = row.wasNull() ? null : Similarity.fromFixedPoint(manual);
        return a.compareTo(b) <= 0 ? new MatchResult(a, b, similarity, manualSimilarity)
                : new MatchResult(b, a, similarity, manualSimilarity);
    }

    private SegmentId segment(int segmentKey) {
        if (!keys.contains(segmentKey)) {
            throw new InputFileException(file, "holds a match of segment key " + segmentKey
                    + ", which belongs to no piece; the database was changed outside snapfit: re-run `snapfit match`");
        }
        return keys.segmentOf(segmentKey);
    }
}
