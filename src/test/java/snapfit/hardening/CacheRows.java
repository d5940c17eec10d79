package snapfit.hardening;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a {@code dataset.db} as text, for comparing database states: sheets without their
 * {@code created_at}, pieces, and matches, each in key order. Opens its own read-only connection.
 */
record CacheRows(List<String> sheets, List<String> pieces, List<String> matches) {

    static CacheRows of(Path database) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + database + "?mode=ro");
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000");
            return new CacheRows(
                    rows(statement, "SELECT sheet_id, img_path, piece_count, threshold, min_area FROM sheets ORDER BY sheet_id"),
                    rows(statement, "SELECT * FROM pieces ORDER BY piece_key"),
                    rows(statement, "SELECT pair_key, similarity, similarity_manual FROM matches ORDER BY pair_key"));
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + e.getMessage(), e);
        }
    }

    /** A match count and a digest of every match row, read in one snapshot. */
    static String matchState(Statement statement) throws SQLException {
        List<String> matches = rows(statement, "SELECT pair_key, similarity, similarity_manual FROM matches ORDER BY pair_key");
        return matches.size() + " matches, digest " + CacheSnapshot.sha256(String.join("\n", matches).getBytes());
    }

    String matchState() {
        return matches.size() + " matches, digest " + CacheSnapshot.sha256(String.join("\n", matches).getBytes());
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    row.append(column > 1 ? "|" : "").append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
