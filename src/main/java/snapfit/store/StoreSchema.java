package snapfit.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import snapfit.model.EdgePos;
import snapfit.model.InputFileException;
import snapfit.model.Similarity;

/**
 * The tables of {@code dataset.db} and the check that a file holds them. A database is ours when
 * its {@code application_id} is {@link #APPLICATION_ID} ('SNFT'); {@code user_version} is the schema
 * version. Keys: {@code piece_key} numbers pieces; a segment key is {@code piece_key * 4 + edge
 * ordinal} ({@link EdgePos} order); a match row is keyed by its two segment keys packed into its
 * rowid behind the key block of the larger one ({@link PairKeys}), {@code pair_key = block(seg_b) << 22 | seg_a
 * << 6 | seg_b % 64} with {@code seg_a < seg_b} (unpacked again by the virtual columns {@code seg_a} and
 * {@code seg_b}, which cost no space), and keeps its similarities
 * as counts of 2<sup>-16</sup> ({@link Similarity#toFixedPoint}): about 14 bytes a row. A rowid key
 * makes the lookups behind "matches of a segment" integer comparisons, several times cheaper than
 * those of a composite key. The rowid order serves pairs and matches of the smaller segment; the
 * indexes serve matches of the larger segment, manual overrides, pieces by type, and (created by
 * {@link BestMatchesIndex}) the best matches by similarity. {@link SegmentTable} keeps each side's resampled
 * points, by segment key.
 */
final class StoreSchema {

    static final int APPLICATION_ID = 0x534E4654;
    /**
     * 4: the solution and guided solving sessions; sheets keep their marker board (QR identity, homography and
     * pixels per millimetre, as JSON) and pieces their board slot label (all added to a version 3 file when it is
     * opened). 3: sheets keep their calibration to the puzzle's scale. 2: pair keys start with the larger segment's
     * key block, and segments are stored (1 had neither).
     */
    static final int VERSION = 4;
    /** The oldest version this one upgrades in place, by adding {@link #SOLVE_TABLES} and {@link #BOARD_COLUMNS}. */
    private static final int UPGRADABLE = 3;
    /** Segment keys stay below {@code 1 << SEGMENT_KEY_BITS}: a pair key packs two of them into 32 bits ({@link PairKeys}). */
    static final int SEGMENT_KEY_BITS = 16;
    /** Piece keys stay below this so that their segment keys fit in a pair key: 16,384 pieces. */
    static final int PIECE_KEY_LIMIT = (1 << SEGMENT_KEY_BITS) / 4;

    private static final String TABLES = """
            CREATE TABLE sheets (
                sheet_key   INTEGER PRIMARY KEY,
                sheet_id    TEXT NOT NULL UNIQUE,
                img_path    TEXT NOT NULL,
                piece_count INTEGER NOT NULL,
                threshold   INTEGER NOT NULL,
                min_area    INTEGER NOT NULL,
                created_at  TEXT NOT NULL,
                scale       REAL NOT NULL,
                keystone_x  REAL NOT NULL,
                keystone_y  REAL NOT NULL,
                origin_x    REAL NOT NULL,
                origin_y    REAL NOT NULL,
                stretch     REAL NOT NULL,
                shear       REAL NOT NULL,
                metadata    TEXT,
                board       TEXT
            );
            CREATE TABLE pieces (
                piece_key           INTEGER PRIMARY KEY,
                sheet_key           INTEGER NOT NULL REFERENCES sheets (sheet_key),
                piece_index         INTEGER NOT NULL,
                top_left_x          INTEGER NOT NULL,
                top_left_y          INTEGER NOT NULL,
                bottom_left_x       INTEGER NOT NULL,
                bottom_left_y       INTEGER NOT NULL,
                bottom_right_x      INTEGER NOT NULL,
                bottom_right_y      INTEGER NOT NULL,
                top_right_x         INTEGER NOT NULL,
                top_right_y         INTEGER NOT NULL,
                shape_left          TEXT NOT NULL,
                shape_bottom        TEXT NOT NULL,
                shape_right         TEXT NOT NULL,
                shape_top           TEXT NOT NULL,
                piece_type          INTEGER NOT NULL,
                orientation         INTEGER NOT NULL,
                flat_edges          TEXT NOT NULL,
                contour_point_count INTEGER NOT NULL,
                region_x            INTEGER NOT NULL,
                region_y            INTEGER NOT NULL,
                region_width        INTEGER NOT NULL,
                region_height       INTEGER NOT NULL,
                label               TEXT,
                matched             INTEGER NOT NULL DEFAULT 0,
                UNIQUE (sheet_key, piece_index)
            );
            CREATE INDEX pieces_by_type ON pieces (piece_type);
            CREATE TABLE matches (
                pair_key          INTEGER PRIMARY KEY,
                similarity        INTEGER NOT NULL,
                similarity_manual INTEGER,
                seg_a             INTEGER GENERATED ALWAYS AS ((pair_key >> 6) & 65535) VIRTUAL,
                seg_b             INTEGER GENERATED ALWAYS AS (((pair_key >> 22) << 6) | (pair_key & 63)) VIRTUAL
            );
            CREATE INDEX matches_manual ON matches (similarity_manual, similarity)
                WHERE similarity_manual IS NOT NULL;
            CREATE TABLE segments (
                segment_key INTEGER PRIMARY KEY,
                shape       TEXT NOT NULL,
                arc_length  REAL NOT NULL,
                samples     BLOB NOT NULL
            );
            CREATE TABLE settings (
                name  TEXT PRIMARY KEY,
                value INTEGER NOT NULL
            ) WITHOUT ROWID;
            """;

    /** Version 4's tables: one solution (a row per piece, no cell when unplaced) and guided sessions' steps. */
    private static final String SOLVE_TABLES = """
            CREATE TABLE solution (
                piece_key  INTEGER PRIMARY KEY,
                grid_row   INTEGER,
                grid_col   INTEGER,
                rotation   INTEGER,
                confidence REAL
            );
            CREATE TABLE guided_sessions (
                session_id INTEGER PRIMARY KEY,
                rows       INTEGER NOT NULL,
                cols       INTEGER NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE TABLE guided_steps (
                session_id INTEGER NOT NULL REFERENCES guided_sessions (session_id),
                step       INTEGER NOT NULL,
                piece_key  INTEGER NOT NULL,
                grid_row   INTEGER NOT NULL,
                grid_col   INTEGER NOT NULL,
                rotation   INTEGER NOT NULL,
                accepted   INTEGER NOT NULL,
                PRIMARY KEY (session_id, step)
            ) WITHOUT ROWID;
            """;

    /** The board columns of version 4, as a version 3 file gets them (reads name their columns, so order is free). */
    private static final String BOARD_COLUMNS = """
            ALTER TABLE sheets ADD COLUMN metadata TEXT;
            ALTER TABLE sheets ADD COLUMN board TEXT;
            ALTER TABLE pieces ADD COLUMN label TEXT;
            """;

    private StoreSchema() {
    }

    /** Creates the schema in an empty database, or checks that an existing one is ours and current. */
    static void prepare(Database database) {
        if (database.read(connection -> check(database.file(), connection)) == State.CURRENT) {
            return;
        }
        database.write(connection -> {
            switch (check(database.file(), connection)) {
                case EMPTY -> create(connection);
                case UPGRADABLE -> upgrade(connection);
                case CURRENT -> { }
            }
            return null;
        });
    }

    private enum State { CURRENT, UPGRADABLE, EMPTY }

    /** The index of matches by their larger segment key, dropped and rebuilt around bulk loads. */
    static final String SEGMENT_B_INDEX = "matches_by_seg_b";
    /** Covering: matches of a segment are read from the index alone, without a table lookup per row. */
    static final String CREATE_SEGMENT_B_INDEX = "CREATE INDEX " + SEGMENT_B_INDEX
            + " ON matches (seg_b, similarity, similarity_manual)";

    /** Whether the schema is in place, can be upgraded in place, or the database is empty; an error otherwise. */
    private static State check(Path file, Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long applicationId = Database.queryLong(statement, "PRAGMA application_id");
            long version = Database.queryLong(statement, "PRAGMA user_version");
            long objects = Database.queryLong(statement, "SELECT count(*) FROM sqlite_schema");
            if (applicationId == APPLICATION_ID) {
                if (version > VERSION) {
                    throw new InputFileException(file, "was written by a newer snapfit (schema version " + version
                            + ", this one reads " + VERSION + "); upgrade snapfit or use another cache folder");
                }
                if (version == UPGRADABLE) {
                    return State.UPGRADABLE;
                }
                if (version < VERSION) {
                    throw new InputFileException(file, "has schema version " + version + " of an older snapfit,"
                            + " which this one does not read; delete it and re-run `snapfit ingest` and `snapfit match`");
                }
                return State.CURRENT;
            }
            if (applicationId == 0 && objects == 0) {
                return State.EMPTY;
            }
            throw new InputFileException(file, "is a SQLite database but not a snapfit dataset (application_id "
                    + applicationId + ", " + objects + " tables and indexes); choose another cache folder");
        }
    }

    private static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            execute(statement, TABLES);
            execute(statement, SOLVE_TABLES);
            statement.execute(CREATE_SEGMENT_B_INDEX);
            statement.execute(matchView());
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
            statement.execute("PRAGMA user_version = " + VERSION);
        }
    }

    private static void upgrade(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            execute(statement, SOLVE_TABLES);
            execute(statement, BOARD_COLUMNS);
            statement.execute("PRAGMA user_version = " + VERSION);
        }
    }

    private static void execute(Statement statement, String script) throws SQLException {
        for (String ddl : script.split(";\\s*")) {
            if (!ddl.isBlank()) {
                statement.execute(ddl);
            }
        }
    }

    /** Readable segment ids for the sqlite3 shell and other tools; similarities back in their float scale. */
    private static String matchView() {
        StringBuilder edgeName = new StringBuilder("CASE %1$s %% 4");
        for (EdgePos edge : EdgePos.values()) {
            edgeName.append(" WHEN ").append(edge.ordinal()).append(" THEN '").append(edge.value()).append('\'');
        }
        edgeName.append(" END");
        String segmentText = "%2$s.sheet_id || ':' || %3$s.piece_index || ':' || " + edgeName;
        return """
                CREATE VIEW match_view (seg_id1, seg_id2, similarity, similarity_manual) AS
                SELECT %s, %s, m.similarity * %s, m.similarity_manual * %s
                FROM matches m
                JOIN pieces pa ON pa.piece_key = m.seg_a / 4 JOIN sheets sa ON sa.sheet_key = pa.sheet_key
                JOIN pieces pb ON pb.piece_key = m.seg_b / 4 JOIN sheets sb ON sb.sheet_key = pb.sheet_key
                """.formatted(segmentText.formatted("m.seg_a", "sa", "pa"), segmentText.formatted("m.seg_b", "sb", "pb"),
                        Similarity.STEP, Similarity.STEP);
    }
}
