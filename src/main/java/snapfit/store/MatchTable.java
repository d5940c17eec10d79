package snapfit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import snapfit.model.EdgePos;

/** Writes to the matches table: bulk loads, deletions and manual overrides. */
final class MatchTable {

    private static final int EDGES = EdgePos.values().length;
    /**
     * SQLite's sorter cuts an index build into runs of a page cache each and sorts them on its worker
     * threads: a small cache during the build gives many runs, so both cores sort.
     */
    private static final int SORT_RUN_KIB = 8 * 1024;

    private MatchTable() {
    }

    /**
     * Runs {@code work} with a writer. Into an empty table the secondary indexes are dropped first and
     * rebuilt after, which is several times faster than maintaining them row by row and packs them densely.
     *
     * @return the number of rows added
     */
    static long write(Database database, Connection connection, PieceKeys keys, Consumer<MatchWriter> work)
            throws SQLException {
        boolean bulk = isEmpty(connection);
        try (Statement statement = connection.createStatement()) {
            if (bulk) {
                statement.execute("DROP INDEX IF EXISTS " + StoreSchema.SEGMENT_B_INDEX);
                BestMatchesIndex.drop(connection);
            }
            MatchWriter writer = new MatchWriter(database.file(), connection, keys, bulk);
            try {
                work.accept(writer);
                writer.flush();
            } finally {
                writer.close();
            }
            buildIndexes(connection, bulk, writer);
            return writer.written();
        }
    }

    /**
     * Builds the per-segment index a bulk load dropped, and the best-matches index where there is none, under
     * a page cache of {@link #SORT_RUN_KIB} (8.5M rows: 9.0-9.2 s for the full 1,500-piece match and store
     * against 11.0 s under the 64 MiB cache); the connection's own cache is put back after.
     */
    private static void buildIndexes(Connection connection, boolean bulk, MatchWriter writer) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long cache = Database.queryLong(statement, "PRAGMA cache_size");
            statement.execute("PRAGMA cache_size = -" + SORT_RUN_KIB);
            try {
                if (bulk) {
                    statement.execute(StoreSchema.CREATE_SEGMENT_B_INDEX);
                }
                if (writer.written() > 0 && BestMatchesIndex.bound(connection).isEmpty()) {
                    BestMatchesIndex.create(connection, writer.sample());
                }
            } finally {
                statement.execute("PRAGMA cache_size = " + cache);
            }
        }
    }

    static void deleteMatchesOfPiece(Connection connection, int pieceKey) throws SQLException {
        try (PreparedStatement asSmaller = connection.prepareStatement(MatchQueries.BLOCKS_FROM
                        + "DELETE FROM matches WHERE pair_key IN (SELECT pair_key FROM blocks JOIN matches ON "
                        + MatchQueries.IN_BLOCK + ")");
                PreparedStatement asLarger = connection.prepareStatement("DELETE FROM matches WHERE seg_b BETWEEN ? AND ?")) {
            int first = pieceKey * EDGES;
            int last = first + EDGES - 1;
            asSmaller.setLong(1, PairKeys.block(first));
            asSmaller.setLong(2, PairKeys.firstWithSmaller(first));
            asSmaller.setLong(3, PairKeys.lastWithSmaller(last));
            asSmaller.executeUpdate();
            asLarger.setInt(1, first);
            asLarger.setInt(2, last);
            asLarger.executeUpdate();
        }
    }

    /** A stored pair's row with a person's score: pair key, computed and manual similarity (fixed point). */
    record ManualScore(long pairKey, int similarity, int manual) {
    }

    /** Every pair with a manual similarity; a handful, set by people. */
    static List<ManualScore> manualScores(Connection connection) throws SQLException {
        List<ManualScore> scores = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT pair_key, similarity, similarity_manual FROM matches WHERE similarity_manual IS NOT NULL");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                scores.add(new ManualScore(rows.getLong(1), rows.getInt(2), rows.getInt(3)));
            }
        }
        return scores;
    }

    /** Puts the manual similarities back: on the pair's new row, or on its old row where none was written. */
    static void restore(Connection connection, List<ManualScore> scores) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO matches (pair_key, similarity,"
                + " similarity_manual) VALUES (?, ?, ?) ON CONFLICT (pair_key) DO UPDATE SET similarity_manual"
                + " = excluded.similarity_manual")) {
            for (ManualScore score : scores) {
                upsert.setLong(1, score.pairKey());
                upsert.setInt(2, score.similarity());
                upsert.setInt(3, score.manual());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    static void deleteAll(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM matches");
        }
    }

    /**
     * Sets or clears ({@code null}) the manual similarity of one stored pair.
     *
     * @return whether the pair is stored
     */
    static boolean setManual(Connection connection, int segA, int segB, Integer fixedPoint) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE matches SET similarity_manual = ? WHERE pair_key = ?")) {
            if (fixedPoint == null) {
                update.setNull(1, Types.INTEGER);
            } else {
                update.setInt(1, fixedPoint);
            }
            update.setLong(2, PairKeys.of(segA, segB));
            return update.executeUpdate() == 1;
        }
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM matches LIMIT 1")) {
            return !rows.next();
        }
    }
}
