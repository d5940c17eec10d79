package snapfit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.function.Consumer;
import snapfit.model.EdgePos;

/** Writes to the matches table: bulk loads, deletions and manual overrides. */
final class MatchTable {

    private static final int EDGES = EdgePos.values().length;

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
            MatchWriter writer = new MatchWriter(database.file(), connection, keys);
            try {
                work.accept(writer);
                writer.flush();
            } finally {
                writer.close();
            }
            if (bulk) {
                statement.execute(StoreSchema.CREATE_SEGMENT_B_INDEX);
            }
            if (writer.written() > 0 && BestMatchesIndex.bound(connection).isEmpty()) {
                BestMatchesIndex.create(connection, writer.sample());
            }
            return writer.written();
        }
    }

    static void deleteMatchesOfPiece(Connection connection, int pieceKey) throws SQLException {
        for (String column : new String[] {"seg_a", "seg_b"}) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM matches WHERE " + column + " BETWEEN ? AND ?")) {
                delete.setInt(1, pieceKey * EDGES);
                delete.setInt(2, pieceKey * EDGES + EDGES - 1);
                delete.executeUpdate();
            }
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
                "UPDATE matches SET similarity_manual = ? WHERE seg_a = ? AND seg_b = ?")) {
            if (fixedPoint == null) {
                update.setNull(1, Types.INTEGER);
            } else {
                update.setInt(1, fixedPoint);
            }
            update.setInt(2, Math.min(segA, segB));
            update.setInt(3, Math.max(segA, segB));
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
