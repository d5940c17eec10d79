package snapfit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import snapfit.model.GuidedStep;
import snapfit.model.PieceId;
import snapfit.model.Placement;
import snapfit.model.Solution;

/** The {@code solution}, {@code guided_sessions} and {@code guided_steps} tables (schema version 4). */
final class SolveTables {

    private static final String ROWS = "solution_rows";
    private static final String COLS = "solution_cols";

    private SolveTables() {
    }

    static void replaceSolution(Connection connection, PieceKeys keys, Solution solution) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM solution");
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO solution (piece_key, grid_row, grid_col, rotation, confidence) VALUES (?, ?, ?, ?, ?)""")) {
            for (Placement placement : solution.placements()) {
                insert.setInt(1, keys.keyOf(placement.pieceId()));
                insert.setInt(2, placement.row());
                insert.setInt(3, placement.col());
                insert.setInt(4, placement.rotation());
                insert.setDouble(5, placement.confidence());
                insert.addBatch();
            }
            for (PieceId piece : solution.unplaced()) {
                insert.setInt(1, keys.keyOf(piece));
                insert.setNull(2, java.sql.Types.INTEGER);
                insert.setNull(3, java.sql.Types.INTEGER);
                insert.setNull(4, java.sql.Types.INTEGER);
                insert.setNull(5, java.sql.Types.REAL);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        SettingsTable.put(connection, ROWS, OptionalInt.of(solution.rows()));
        SettingsTable.put(connection, COLS, OptionalInt.of(solution.cols()));
    }

    static Optional<Solution> solution(Connection connection, PieceKeys keys) throws SQLException {
        OptionalInt rows = SettingsTable.get(connection, ROWS);
        OptionalInt cols = SettingsTable.get(connection, COLS);
        if (rows.isEmpty() || cols.isEmpty()) {
            return Optional.empty();
        }
        List<Placement> placements = new ArrayList<>();
        List<PieceId> unplaced = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT piece_key, grid_row, grid_col, rotation, confidence FROM solution ORDER BY piece_key""")) {
            while (result.next()) {
                PieceId piece = keys.pieceOf(result.getInt(1));
                int row = result.getInt(2);
                if (result.wasNull()) {
                    unplaced.add(piece);
                } else {
                    placements.add(new Placement(piece, row, result.getInt(3), result.getInt(4), result.getDouble(5)));
                }
            }
        }
        return Optional.of(new Solution(rows.getAsInt(), cols.getAsInt(), placements, unplaced));
    }

    static long createSession(Connection connection, int rows, int cols) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO guided_sessions (rows, cols, created_at) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setInt(1, rows);
            insert.setInt(2, cols);
            insert.setString(3, Instant.now().toString());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    static Optional<GuidedSessionRecord> session(Connection connection, long session) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT rows, cols FROM guided_sessions WHERE session_id = ?")) {
            select.setLong(1, session);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(new GuidedSessionRecord(session, result.getInt(1), result.getInt(2)))
                        : Optional.empty();
            }
        }
    }

    static List<Long> sessions(Connection connection) throws SQLException {
        List<Long> sessions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT session_id FROM guided_sessions ORDER BY session_id")) {
            while (result.next()) {
                sessions.add(result.getLong(1));
            }
        }
        return sessions;
    }

    static void addStep(Connection connection, PieceKeys keys, long session, GuidedStep step) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO guided_steps (session_id, step, piece_key, grid_row, grid_col, rotation, accepted)
                SELECT ?, coalesce(max(step), -1) + 1, ?, ?, ?, ?, ? FROM guided_steps WHERE session_id = ?""")) {
            insert.setLong(1, session);
            insert.setInt(2, keys.keyOf(step.pieceId()));
            insert.setInt(3, step.row());
            insert.setInt(4, step.col());
            insert.setInt(5, step.rotation());
            insert.setInt(6, step.accepted() ? 1 : 0);
            insert.setLong(7, session);
            insert.executeUpdate();
        }
    }

    static List<GuidedStep> steps(Connection connection, PieceKeys keys, long session) throws SQLException {
        List<GuidedStep> steps = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT piece_key, grid_row, grid_col, rotation, accepted FROM guided_steps
                WHERE session_id = ? ORDER BY step""")) {
            select.setLong(1, session);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    steps.add(new GuidedStep(keys.pieceOf(result.getInt(1)), result.getInt(2), result.getInt(3),
                            result.getInt(4), result.getInt(5) == 1));
                }
            }
        }
        return steps;
    }
}
