package snapfit.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * override and takes the new computed score (the last one added wins).
 *
 * <p>Rows are held back in runs of up to {@value #SORTED_ROWS} and inserted in pair-key order, so that each
 * page of the table is visited once per run rather than once per segment that adds to it (at 1,500 pieces,
 * with pair keys not yet led by {@link PairKeys} blocks, adding one sheet's 140,836 rows and committing took
 * 1.6 s sorted against 2.3 s as they came). Valid only during the callback it is handed to; not thread-safe.
 */
public final class MatchWriter {

    /**
     * Rows per INSERT statement into an empty table: one statement step per 64 rows takes a third less time
     * than row by row. Into a filled table, row by row is twice as fast: each single-row insert starts from
     * where the last one ended, a multi-row one from the root of the tree (measured at 1,500 pieces).
     */
    private static final int ROWS_PER_STATEMENT = 64;
    /** Statements per JDBC batch. */
    private static final int STATEMENTS_PER_BATCH = 128;
    private static final String UPSERT = "INSERT INTO matches (pair_key, similarity) VALUES %s"
            + " ON CONFLICT (pair_key) DO UPDATE SET similarity = excluded.similarity";
    /**
     * Rows sorted together before insertion: at most 12 MB of buffers, which hold one added sheet's pairs up to
     * about 10,000 pieces (140,836 of them at 1,500).
     */
    private static final int SORTED_ROWS = 1 << 20;
    /** Bits of a held row's position in the sort key below its pair key. */
    private static final int POSITION_BITS = 20;
    /** Enough to place the best-matches bound within a fraction of a percent. */
    private static final int SAMPLE_SIZE = 16_384;

    private final Path file;
    private final PieceKeys keys;
    private final PreparedStatement insertMany;
    private final PreparedStatement insertOne;
    private final Connection connection;
    /** Prepared on the first {@link #remove}. */
    private PreparedStatement delete;
    /** {@link #insertMany} into an empty table, else {@link #insertOne}. */
    private final PreparedStatement insert;
    private final int rowsPerStatement;
    /** Held rows: {@code pairKey << POSITION_BITS | position}, sorted before insertion. */
    private long[] held = new long[ROWS_PER_STATEMENT];
    /** The fixed-point similarity of the held row at each position. */
    private int[] heldSimilarities = new int[ROWS_PER_STATEMENT];
    private int heldCount;
    /** Rows of the next statement: pair key and fixed-point similarity. */
    private final long[] rows = new long[2 * ROWS_PER_STATEMENT];
    private int rowCount;
    private int pendingStatements;
    private final int[] sample = new int[SAMPLE_SIZE];
    private final SplittableRandom random = new SplittableRandom(0x5EED);
    private long written;

    /** Receives a stored match: its segment keys, smaller first, and its computed similarity. */
    @FunctionalInterface
    public interface StoredMatchConsumer {
        void accept(int segmentKeyA, int segmentKeyB, float similarity);
    }

    /** @param intoEmptyTable whether the table was empty when the transaction began */
    MatchWriter(Path file, Connection connection, PieceKeys keys, boolean intoEmptyTable) throws SQLException {
        this.file = file;
        this.keys = keys;
        this.insertMany = connection.prepareStatement(
                UPSERT.formatted(String.join(", ", Collections.nCopies(ROWS_PER_STATEMENT, "(?, ?)"))));
        this.insertOne = connection.prepareStatement(UPSERT.formatted("(?, ?)"));
        this.insert = intoEmptyTable ? insertMany : insertOne;
        this.rowsPerStatement = intoEmptyTable ? ROWS_PER_STATEMENT : 1;
        this.connection = connection;
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
        if (heldCount == held.length) {
            held = Arrays.copyOf(held, 2 * heldCount);
            heldSimilarities = Arrays.copyOf(heldSimilarities, 2 * heldCount);
        }
        held[heldCount] = PairKeys.of(segmentKeyA, segmentKeyB) << POSITION_BITS | heldCount;
        heldSimilarities[heldCount] = fixedPoint;
        if (++heldCount == SORTED_ROWS) {
            try {
                insertHeld();
            } catch (SQLException e) {
                throw Database.failure(file, "writing matches", e);
            }
        }
        keepInSample(fixedPoint);
    }

    /** Adds one match by segment ids. */
    public void add(SegmentId a, SegmentId b, float similarity) {
        add(keys.segmentKey(a), keys.segmentKey(b), similarity);
    }

    /**
     * Removes the stored match of two segments, if any and if no person has scored it: one stored before this
     * transaction (rows added in it are stored when it ends).
     */
    public void remove(int segmentKeyA, int segmentKeyB) {
        try {
            if (delete == null) {
                delete = connection.prepareStatement(
                        "DELETE FROM matches WHERE pair_key = ? AND similarity_manual IS NULL");
            }
            delete.setLong(1, PairKeys.of(segmentKeyA, segmentKeyB));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw Database.failure(file, "removing a match", e);
        }
    }

    /** Hands every match stored before this transaction to {@code consumer}, in pair-key order. */
    public void forEachStored(StoredMatchConsumer consumer) {
        try (PreparedStatement select = connection.prepareStatement("SELECT pair_key, similarity FROM matches");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long pairKey = rows.getLong(1);
                consumer.accept(PairKeys.smaller(pairKey), PairKeys.larger(pairKey),
                        Similarity.fromFixedPoint(rows.getInt(2)));
            }
        } catch (SQLException e) {
            throw Database.failure(file, "reading matches", e);
        }
    }

    /** The keys to use with {@link #add(int, int, float)}. */
    public PieceKeys keys() {
        return keys;
    }

    /** Stores every row added so far. */
    void flush() throws SQLException {
        insertHeld();
        if (pendingStatements > 0) {
            insert.executeBatch();
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

    /**
     * Inserts the held rows in pair-key order; a pair added twice keeps its order, so the later score wins.
     * Statements are batched; rows short of a whole multi-row statement wait for {@link #flush}.
     */
    private void insertHeld() throws SQLException {
        Arrays.sort(held, 0, heldCount);
        long positionMask = (1L << POSITION_BITS) - 1;
        for (int i = 0; i < heldCount; i++) {
            rows[2 * rowCount] = held[i] >>> POSITION_BITS;
            rows[2 * rowCount + 1] = heldSimilarities[(int) (held[i] & positionMask)];
            if (++rowCount == rowsPerStatement) {
                bind(insert, 0, rowsPerStatement);
                if (++pendingStatements == STATEMENTS_PER_BATCH) {
                    insert.executeBatch();
                    pendingStatements = 0;
                }
                rowCount = 0;
            }
        }
        heldCount = 0;
    }

    void close() throws SQLException {
        insertMany.close();
        insertOne.close();
        if (delete != null) {
            delete.close();
        }
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
