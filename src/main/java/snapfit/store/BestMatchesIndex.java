package snapfit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * A partial index over the best matches only: rows whose computed similarity lies below a bound,
 * chosen when matches are first written so that it covers about {@link #COVERED_FRACTION} of them.
 * A full index by similarity would cost 15 bytes per match; this one costs about one, yet serves
 * "best N overall", "everything better than X" for X below the bound, and loading the best few
 * hundred thousand matches. SQLite only uses a partial index when the query repeats its WHERE term
 * literally, so the bound is kept in the {@code settings} table and written into those queries.
 */
final class BestMatchesIndex {

    /** The share of matches the index covers, about 280,000 of 4.5M. */
    static final double COVERED_FRACTION = 1.0 / 16;

    private static final String NAME = "matches_best";
    private static final String SETTING = "best_bound";

    private BestMatchesIndex() {
    }

    /** The fixed-point bound: the index holds rows with {@code similarity < bound}; empty when there is no index. */
    static OptionalInt bound(Connection connection) throws SQLException {
        return SettingsTable.get(connection, SETTING);
    }

    static void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX IF EXISTS " + NAME);
        }
        SettingsTable.put(connection, SETTING, OptionalInt.empty());
    }

    /** Creates the index with a bound estimated from a sample of the stored fixed-point similarities. */
    static void create(Connection connection, int[] sample) throws SQLException {
        int[] sorted = sample.clone();
        Arrays.sort(sorted);
        int bound = sorted[(int) (sorted.length * COVERED_FRACTION)] + 1;
        try (Statement statement = connection.createStatement()) {
            // The bound is an integer we computed, never user text, so writing it into the DDL is safe.
            statement.execute("CREATE INDEX " + NAME + " ON matches (similarity_manual, similarity) WHERE similarity < "
                    + bound);
        }
        SettingsTable.put(connection, SETTING, OptionalInt.of(bound));
    }
}
