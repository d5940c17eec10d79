package snapfit.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.SplittableRandom;
import snapfit.model.EdgePos;
import snapfit.model.SegmentId;
import snapfit.model.Similarity;

/**
 * Adds matches inside one {@link MatchStore#writeMatches} transaction, batching rows into a prepared
 * statement. Scores are stored on the {@link Similarity} grid; a pair written again keeps its manual
 * override and takes the new computed score. Rows added in ascending segment-key order load fastest.
 * Valid only during the callback it is handed to; not thread-safe.
 */
public final class MatchWriter {

    /** Rows per INSERT statement: one statement step per 64 rows halves the CPU time of row-by-row inserts. */
    private static final int ROWS_PER_STATEMENT = 64;
    /** Statements per JDBC batch, about 8,000 rows. */
    private static final int STATEMENTS_PER_BATCH = 128;
    private static final String UPSERT = "INSERT INTO matches (pair_key, similarity) VALUES %s"
            + " ON CONFLICT (pair_key) DO UPDATE SET similarity = excluded.similarity";
    /** Enough to place the best-matches bound within a fraction of a percent. */
    private static final int SAMPLE_SIZE = 16_384;

    private final Path file;
    private final PieceKeys keys;
    private final PreparedStatement insertMany;
    private final PreparedStatement insertOne;
    /** Buffered rows: pair key and fixed-point similarity. */
    private final long[] rows = new long[2 * ROWS_PER_STATEMENT];
    private int rowCount;
    private int pendingStatements;
    private final int[] sample = new int[SAMPLE_SIZE];
    private final SplittableRandom random = new SplittableRandom(0x5EED);
    private long written;

    MatchWriter(Path file, Connection connection, PieceKeys keys) throws SQLException {
        this.file = file;
        this.keys = keys;
        this.insertMany = connection.prepareStatement(
                UPSERT.formatted(String.join(", ", Collections.nCopies(ROWS_PER_STATEMENT, "(?, ?)"))));
        this.insertOne = connection.prepareStatement(UPSERT.formatted("(?, ?)"));
    }

    /**
     * Adds one match by segment keys ({@link PieceKeys#segmentKey}), in either order.
     *
     * @param similarity the computed score, finite and {@code >= 0}; lower is a better fit
     * @throws IllegalArgumentException for unknown keys, two segments of one piece, or a bad score
     */
    public void add(int segmentKeyA, int segmentKeyB, float similarity) {
        if (!keys.contains(segmentKeyA) || !keys.contains(segmentKeyB)) {
            throw new IllegalArgumentException("segment key " + (keys.contains(segmentKeyA) ? segmentKeyB : segmentKeyA)
                    + " belongs to no stored piece: take keys from MatchStore.pieceKeys()");
        }
        int edges = EdgePos.values().length;
        if (segmentKeyA / edges == segmentKeyB / edges) {
            throw new IllegalArgumentException("segments " + keys.segmentOf(segmentKeyA) + " and "
                    + keys.segmentOf(segmentKeyB) + " belong to one piece: only different pieces are matched");
        }
        int fixedPoint = fixedPoint(similarity, segmentKeyA, segmentKeyB);
        rows[2 * rowCount] = PairKeys.of(segmentKeyA, segmentKeyB);
        rows[2 * rowCount + 1] = fixedPoint;
        if (++rowCount == ROWS_PER_STATEMENT) {
            try {
                bind(insertMany, 0, ROWS_PER_STATEMENT);
                if (++pendingStatements == STATEMENTS_PER_BATCH) {
                    insertMany.executeBatch();
                    pendingStatements = 0;
                }
            } catch (SQLException e) {
                throw Database.failure(file, "writing matches", e);
            }
            rowCount = 0;
        }
        keepInSample(fixedPoint);
    }

    /** Adds one match by segment ids. */
    public void add(SegmentId a, SegmentId b, float similarity) {
        add(keys.segmentKey(a), keys.segmentKey(b), similarity);
    }

    /** The keys to use with {@link #add(int, int, float)}. */
    public PieceKeys keys() {
        return keys;
    }

    /** Stores every row added so far. */
    void flush() throws SQLException {
        if (pendingStatements > 0) {
            insertMany.executeBatch();
            pendingStatements = 0;
        }
        for (int row = 0; row < rowCount; row++) {
            bind(insertOne, row, 1);
        }
        if (rowCount > 0) {
            insertOne.executeBatch();
            rowCount = 0;
        }
    }

    void close() throws SQLException {
        insertMany.close();
        insertOne.close();
    }

    /** Binds {@code count} buffered rows from {@code firstRow} on and adds them to the statement's batch. */
    private void bind(PreparedStatement statement, int firstRow, int count) throws SQLException {
        for (int i = 0; i < 2 * count; i++) {
            statement.setLong(i + 1, rows[2 * firstRow + i]);
        }
        statement.addBatch();
    }

    long written() {
        return written;
    }

    /** A uniform sample of the fixed-point scores added (reservoir sampling, Vitter's algorithm R). */
    int[] sample() {
        return Arrays.copyOf(sample, (int) Math.min(written, SAMPLE_SIZE));
    }

    private void keepInSample(int fixedPoint) {
        if (written < SAMPLE_SIZE) {
            sample[(int) written] = fixedPoint;
        } else {
            long slot = random.nextLong(written + 1);
            if (slot < SAMPLE_SIZE) {
                sample[(int) slot] = fixedPoint;
            }
        }
        written++;
    }

    private int fixedPoint(float similarity, int segmentKeyA, int segmentKeyB) {
        if (!(similarity >= 0) || similarity > Similarity.MAX) {
            throw new IllegalArgumentException("similarity " + similarity + " of " + keys.segmentOf(segmentKeyA) + " / "
                    + keys.segmentOf(segmentKeyB) + " is outside [0, " + Similarity.MAX + "]");
        }
        return Similarity.toFixedPoint(similarity);
    }
}
