package snapfit.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import snapfit.model.GuidedStep;
import snapfit.model.InputFileException;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PieceType;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;
import snapfit.model.Solution;
import snapfit.model.SheetRecord;
import snapfit.model.Similarity;
import snapfit.model.SnapfitException;
import snapfit.puzzle.Segment;

/**
 * {@code dataset.db}: sheets, pieces and scored segment pairs in SQLite (WAL journal, synchronous
 * NORMAL, busy timeout), laid out by {@link StoreSchema}. Work happens inside this class's methods;
 * no connection escapes. Matches are returned best first: by effective similarity (the manual score
 * where set, else the computed one), then by segment key; within a {@link MatchResult} the smaller
 * {@link SegmentId} comes first. Similarities are stored on the {@link Similarity} grid, so scores on
 * it read back exactly.
 *
 * <p>Not thread-safe: use one store per thread. Several stores, in one process or several, may open
 * the same file: SQLite lets them read while one writes, and a writer waits up to the busy timeout.
 */
public final class MatchStore implements AutoCloseable {

    private static final String KEPT_PER_SEGMENT = "kept_per_segment";
    private static final String KEPT_PARTNERS_STALE = "kept_partners_stale";
    /** The puzzle's piece size in thousandths of a pixel, set by the first ingest: the scale sheets are brought to. */
    private static final String PUZZLE_PIECE_SIZE = "puzzle_piece_size_millipixels";

    private final Database database;
    private PieceKeys keys;
    private long keysDataVersion = -1;
    private int openStreams;

    private MatchStore(Database database) {
        this.database = database;
    }

    /** Opens {@code dbFile}, creating it if absent, with {@link StoreConfig#DEFAULT}. */
    public static MatchStore open(Path dbFile) {
        return open(dbFile, StoreConfig.DEFAULT);
    }

    /**
     * Opens {@code dbFile}, creating it if absent; its folder must exist.
     *
     * @throws InputFileException when the folder does not exist, or the file is not SQLite, not a snapfit
     *     dataset, from a newer snapfit, or locked by another process for longer than the busy timeout
     */
    public static MatchStore open(Path dbFile, StoreConfig config) {
        return withSchema(Database.open(dbFile, config, true));
    }

    /**
     * Opens {@code dbFile} for commands that only use a store made before, never creating it.
     *
     * @throws InputFileException when the file does not exist, or for the reasons {@link #open(Path, StoreConfig)}
     *     gives
     */
    public static MatchStore openExisting(Path dbFile) {
        return withSchema(Database.open(dbFile, StoreConfig.DEFAULT, false));
    }

    private static MatchStore withSchema(Database database) {
        try {
            StoreSchema.prepare(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new MatchStore(database);
    }

    /**
     * Stores every sheet of {@code metadata} with exactly its pieces, in one transaction. Re-ingesting a
     * sheet replaces its pieces, keeping their keys, and removes their matches and matched flags;
     * sheets not in {@code metadata} are untouched.
     */
    public void ingest(Metadata metadata) {
        ingest(metadata, stored -> { });
    }

    /**
     * Like {@link #ingest(Metadata)}, and before committing hands {@code beforeCommit} every sheet and piece as
     * they will be once committed, while the write lock is held: files it writes (contours, then
     * {@code metadata.json}) are on disk before the sheets become visible, concurrent ingests write them one at
     * a time, and a database locked by another writer fails before anything is written. If it throws, nothing
     * is stored.
     *
     * @throws InputFileException when the stored sheets break {@link Metadata}'s rules (an edited database)
     */
    public void ingest(Metadata metadata, Consumer<Metadata> beforeCommit) {
        ingest(metadata, List.of(), beforeCommit);
    }

    /**
     * Like {@link #ingest(Metadata, Consumer)}, also keeping {@code segments}, sides of the ingested pieces, for
     * {@link #segments()}: matching then reads them instead of rebuilding the pieces from the contour cache.
     *
     * @throws IllegalArgumentException when a segment belongs to a piece that {@code metadata} does not hold
     */
    public void ingest(Metadata metadata, Collection<Segment> segments, Consumer<Metadata> beforeCommit) {
        ingest(metadata, segments, OptionalDouble.empty(), beforeCommit);
    }

    /**
     * Like {@link #ingest(Metadata, Collection, Consumer)}, also recording the puzzle's piece size that the sheets
     * were calibrated to, when the store has none yet ({@link #puzzlePieceSize()}).
     *
     * @throws SnapfitException when another ingest recorded a different size meanwhile: the sheets' calibration
     *                          would not agree with the stored ones'; nothing is written
     */
    public void ingest(Metadata metadata, Collection<Segment> segments, OptionalDouble puzzlePieceSize,
                       Consumer<Metadata> beforeCommit) {
        requireNoOpenStream();
        Set<PieceId> ingested = new HashSet<>();
        metadata.pieces().forEach(piece -> ingested.add(piece.pieceId()));
        for (Segment segment : segments) {
            if (!ingested.contains(segment.id().pieceId())) {
                throw new IllegalArgumentException("segment " + segment.id() + " belongs to no piece being ingested:"
                        + " pass only the sides of the ingested pieces");
            }
        }
        database.write(connection -> {
            if (puzzlePieceSize.isPresent()) {
                recordPuzzlePieceSize(connection, puzzlePieceSize.getAsDouble());
            }
            int replaced = 0;
            for (SheetRecord sheet : metadata.sheets()) {
                replaced += PieceTable.replaceSheet(connection, sheet, metadata.piecesOf(sheet.sheetId()));
            }
            if (replaced > 0 && SettingsTable.get(connection, KEPT_PER_SEGMENT).isPresent()) {
                SettingsTable.put(connection, KEPT_PARTNERS_STALE, OptionalInt.of(1));
            }
            SegmentTable.insert(connection, PieceTable.keys(connection), segments);
            beforeCommit.accept(metadataOf(connection));
            return null;
        });
        keys = null;
    }

    /**
     * The segments kept at ingest, by id: every side of the pieces ingested with their segments, none of the
     * others.
     *
     * @throws InputFileException when a stored segment is damaged (an edited database)
     */
    public Map<SegmentId, Segment> segments() {
        PieceKeys current = pieceKeys();
        try {
            return database.read(connection -> SegmentTable.read(connection, current));
        } catch (IllegalArgumentException e) {
            throw new InputFileException(database.file(), "holds a damaged segment: " + e.getMessage()
                    + "; re-run `snapfit ingest` for its sheet", e);
        }
    }

    /** Every sheet, by sheet id. */
    public List<SheetRecord> sheets() {
        return database.read(PieceTable::sheets);
    }

    /** Every piece, in {@link PieceId} order. */
    public List<PieceRecord> pieces() {
        return database.read(connection -> PieceTable.pieces(connection, null));
    }

    /** The pieces of one type, in {@link PieceId} order. */
    public List<PieceRecord> pieces(PieceType type) {
        return database.read(connection -> PieceTable.pieces(connection, Objects.requireNonNull(type, "type")));
    }

    /**
     * Every sheet and piece, as {@code metadata.json} holds them.
     *
     * @throws InputFileException when the stored sheets break {@link Metadata}'s rules (an edited database)
     */
    public Metadata metadata() {
        return database.read(this::metadataOf);
    }

    private Metadata metadataOf(Connection connection) throws SQLException {
        try {
            return new Metadata(PieceTable.sheets(connection), PieceTable.pieces(connection, null));
        } catch (IllegalArgumentException e) {
            throw new InputFileException(database.file(), "holds sheets that cannot be used: " + e.getMessage(), e);
        }
    }

    /**
     * SQLite's {@code PRAGMA data_version} of this store's connection: it changes when another connection, in this
     * process or another, commits a change to the file (not when this store writes).
     */
    public long dataVersion() {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                return Database.queryLong(statement, "PRAGMA data_version");
            }
        });
    }

    /** The current piece and segment keys. */
    public PieceKeys pieceKeys() {
        long dataVersion = dataVersion();
        if (keys == null || dataVersion != keysDataVersion) {
            keys = database.read(PieceTable::keys);
            keysDataVersion = dataVersion;
        }
        return keys;
    }

    /**
     * Runs {@code work}, which adds matches to the writer it is given, and marks {@code matchedPieces}
     * matched, in one transaction: if it throws or the process dies, nothing it added is stored.
     *
     * @return the number of matches added
     */
    public long addMatches(Consumer<MatchWriter> work, Collection<PieceId> matchedPieces) {
        requireNoOpenStream();
        int[] matchedKeys = keysOf(matchedPieces);
        return database.write(connection -> {
            long written = MatchTable.write(database, connection, PieceTable.keys(connection), work);
            PieceTable.setMatched(connection, matchedKeys, true);
            return written;
        });
    }

    /**
     * Like {@link #addMatches}, but first removes every stored match and matched flag, all in the same
     * transaction: readers see the old matches until the new ones are complete. A person's scores are kept:
     * each pair with a manual similarity keeps it, and stays stored even when {@code work} does not add it
     * again (with its last computed similarity).
     */
    public long replaceMatches(Consumer<MatchWriter> work, Collection<PieceId> matchedPieces) {
        return replaceMatches(work, matchedPieces, OptionalInt.empty());
    }

    /**
     * Like {@link #replaceMatches(Consumer, Collection)}, recording how the matches were pruned: only the best
     * {@code keptPerSegment} partners of each segment (with every pair kept for either of its segments), or every
     * scored pair when empty. See {@link #keptPerSegment()}.
     */
    public long replaceMatches(Consumer<MatchWriter> work, Collection<PieceId> matchedPieces,
            OptionalInt keptPerSegment) {
        requireNoOpenStream();
        if (keptPerSegment.isPresent() && keptPerSegment.getAsInt() < 1) {
            throw new IllegalArgumentException("keptPerSegment " + keptPerSegment.getAsInt() + " must be at least 1");
        }
        int[] matchedKeys = keysOf(matchedPieces);
        return database.write(connection -> {
            List<MatchTable.ManualScore> manual = MatchTable.manualScores(connection);
            MatchTable.deleteAll(connection);
            PieceTable.clearMatched(connection);
            SettingsTable.put(connection, KEPT_PER_SEGMENT, keptPerSegment);
            SettingsTable.put(connection, KEPT_PARTNERS_STALE, OptionalInt.empty());
            long written = MatchTable.write(database, connection, PieceTable.keys(connection), work);
            MatchTable.restore(connection, manual);
            PieceTable.setMatched(connection, matchedKeys, true);
            return written;
        });
    }

    /**
     * The piece size, in pixels, that every sheet's calibration brings its pieces to; empty before the first
     * ingest. Whole thousandths of a pixel, so that what an ingest calibrates to reads back exactly.
     */
    public OptionalDouble puzzlePieceSize() {
        OptionalInt stored = database.read(connection -> SettingsTable.get(connection, PUZZLE_PIECE_SIZE));
        return stored.isPresent() ? OptionalDouble.of(stored.getAsInt() / 1000.0) : OptionalDouble.empty();
    }

    /** {@code size} rounded to the thousandths of a pixel that {@link #puzzlePieceSize()} reads back. */
    public static double storablePieceSize(double size) {
        return millipixels(size) / 1000.0;
    }

    private static int millipixels(double size) {
        return (int) Math.round(size * 1000);
    }

    private static void recordPuzzlePieceSize(Connection connection, double size) throws SQLException {
        int millipixels = millipixels(size);
        OptionalInt stored = SettingsTable.get(connection, PUZZLE_PIECE_SIZE);
        if (stored.isEmpty()) {
            SettingsTable.put(connection, PUZZLE_PIECE_SIZE, OptionalInt.of(millipixels));
        } else if (stored.getAsInt() != millipixels) {
            throw new SnapfitException("another ingest set this cache's puzzle scale meanwhile; run `snapfit ingest`"
                    + " again so that these sheets are calibrated to it");
        }
    }

    /**
     * How many partners per segment the stored matches keep: the best K of each segment (a pair stays when it is
     * among the best K of either segment), or empty when every scored pair is stored. Queries for at most K
     * matches of a segment are then exact.
     */
    public OptionalInt keptPerSegment() {
        return database.read(connection -> SettingsTable.get(connection, KEPT_PER_SEGMENT));
    }

    /**
     * Whether a sheet was ingested again since the matches were pruned to the best K per segment: the pairs of
     * its old pieces are gone, so pairs pruned then may now belong among the best K of their segments, and only
     * a full match scores them again.
     */
    public boolean keptPartnersStale() {
        return database.read(connection -> SettingsTable.get(connection, KEPT_PARTNERS_STALE)).isPresent();
    }

    /** Runs {@code work} on the writer in one transaction, without marking pieces matched. */
    public long writeMatches(Consumer<MatchWriter> work) {
        return addMatches(work, List.of());
    }

    /** Records that these pieces have been matched against every other stored piece. */
    public void markMatched(Collection<PieceId> pieces) {
        requireNoOpenStream();
        int[] pieceKeys = keysOf(pieces);
        database.write(connection -> {
            PieceTable.setMatched(connection, pieceKeys, true);
            return null;
        });
    }

    private int[] keysOf(Collection<PieceId> pieces) {
        PieceKeys current = pieceKeys();
        return pieces.stream().mapToInt(current::keyOf).toArray();
    }

    /** The pieces marked matched, in {@link PieceId} order. */
    public SortedSet<PieceId> matchedPieces() {
        return database.read(PieceTable::matchedPieces);
    }

    /** Removes every match and every matched flag. */
    public void clearMatches() {
        requireNoOpenStream();
        database.write(connection -> {
            MatchTable.deleteAll(connection);
            PieceTable.clearMatched(connection);
            SettingsTable.put(connection, KEPT_PER_SEGMENT, OptionalInt.empty());
            SettingsTable.put(connection, KEPT_PARTNERS_STALE, OptionalInt.empty());
            return null;
        });
    }

    /**
     * The matches {@code filter} selects, best first, read lazily. The stream holds a database cursor:
     * close it (try-with-resources); the store refuses writes while one is open.
     *
     * @throws IllegalArgumentException when the filter names a piece that is not stored
     */
    public Stream<MatchResult> stream(MatchFilter filter) {
        PieceKeys current = pieceKeys();
        List<MatchCursor.Tier> tiers = database.read(connection -> MatchQueries.tiers(connection, current, filter));
        MatchCursor cursor = database.read(connection ->
                new MatchCursor(database.file(), connection, current, tiers, filter.limit(), filter.offset()));
        openStreams++;
        Runnable release = new Runnable() {
            private boolean released;

            @Override
            public void run() {
                if (!released) {
                    released = true;
                    openStreams--;
                    cursor.close();
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(release);
    }

    /** The best {@code n} matches overall. */
    public List<MatchResult> top(int n) {
        return collect(MatchFilter.all().withLimit(n));
    }

    /** The best {@code n} matches of one segment. */
    public List<MatchResult> topForSegment(SegmentId segment, int n) {
        return collect(MatchFilter.ofSegment(segment).withLimit(n));
    }

    /** The stored match of two segments, in either order. */
    public Optional<MatchResult> pair(SegmentId a, SegmentId b) {
        PieceKeys current = pieceKeys();
        int keyA = current.segmentKey(a);
        int keyB = current.segmentKey(b);
        if (a.pieceId().equals(b.pieceId())) {
            return Optional.empty();
        }
        List<MatchCursor.Tier> tiers = List.of(new MatchCursor.Tier("""
                SELECT pair_key, similarity, similarity_manual FROM matches WHERE pair_key = ?""",
                List.of(PairKeys.of(keyA, keyB))));
        return database.read(connection -> {
            try (MatchCursor cursor = new MatchCursor(database.file(), connection, current, tiers, 1, 0)) {
                return cursor.hasNext() ? Optional.of(cursor.next()) : Optional.empty();
            }
        });
    }

    /** Receives one stored pair: its two segment keys ({@link PieceKeys}) and its effective similarity. */
    @FunctionalInterface
    public interface ScoreVisitor {
        void accept(int segmentKeyA, int segmentKeyB, float similarity);
    }

    /**
     * Hands every stored pair to {@code visitor}, in table order, with the manual score where a person set one:
     * one scan of the table without an object per row (8.5 million pairs in about 4 s), for a solver that
     * needs all of them.
     */
    public void forEachScore(ScoreVisitor visitor) {
        database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT pair_key, coalesce(similarity_manual, similarity) FROM matches")) {
                while (rows.next()) {
                    long pairKey = rows.getLong(1);
                    visitor.accept(PairKeys.smaller(pairKey), PairKeys.larger(pairKey),
                            Similarity.fromFixedPoint(rows.getInt(2)));
                }
            }
            return null;
        });
    }

    /** The number of stored matches; counts the smallest index, about 0.1 s per 5 million. */
    public long count() {
        return database.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM matches");
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /**
     * How many matches {@code filter} selects, ignoring its limit and offset: a piece's or a segment's are counted in
     * a few milliseconds, all matches better than a bound by a full scan when the bound is a poor one.
     *
     * @throws IllegalArgumentException when the filter names a piece that is not stored
     */
    public long count(MatchFilter filter) {
        if (filter.piece() == null && filter.segment() == null && filter.maxSimilarity() == null) {
            return count();
        }
        PieceKeys current = pieceKeys();
        return database.read(connection -> {
            long total = 0;
            for (MatchCursor.Tier tier : MatchQueries.tiers(connection, current, filter)) {
                total += MatchCursor.count(connection, tier);
            }
            return total;
        });
    }

    /**
     * Sets a person's score for a stored pair, or clears it with {@code null}; it persists and ranks
     * the pair from then on.
     *
     * @throws IllegalArgumentException when the pair is not stored or the score is negative or not finite
     */
    public void setManual(SegmentId a, SegmentId b, Float manual) {
        requireNoOpenStream();
        if (manual != null && !(manual >= 0 && manual <= Similarity.MAX)) {
            throw new IllegalArgumentException("manual similarity " + manual + " for " + a + " / " + b
                    + " is outside [0, " + Similarity.MAX + "]");
        }
        PieceKeys current = pieceKeys();
        int keyA = current.segmentKey(a);
        int keyB = current.segmentKey(b);
        Integer fixedPoint = manual == null ? null : Similarity.toFixedPoint(manual);
        boolean stored = database.write(connection -> MatchTable.setManual(connection, keyA, keyB, fixedPoint));
        if (!stored) {
            throw new IllegalArgumentException("no match of " + a + " and " + b + " is stored: run `snapfit match` first");
        }
    }

    /** Removes a person's score for a stored pair. */
    public void clearManual(SegmentId a, SegmentId b) {
        setManual(a, b, null);
    }

    /** Replaces the stored solution with {@code solution}, in one transaction. */
    public void saveSolution(Solution solution) {
        requireNoOpenStream();
        PieceKeys current = pieceKeys();
        database.write(connection -> {
            SolveTables.replaceSolution(connection, current, solution);
            return null;
        });
    }

    /** The solution {@code snapfit solve} stored last, if any. */
    public Optional<Solution> solution() {
        PieceKeys current = pieceKeys();
        return database.read(connection -> SolveTables.solution(connection, current));
    }

    /** Starts a guided solving session over a grid of {@code rows} x {@code cols}. */
    public GuidedSessionRecord createGuidedSession(int rows, int cols) {
        requireNoOpenStream();
        long id = database.write(connection -> SolveTables.createSession(connection, rows, cols));
        return new GuidedSessionRecord(id, rows, cols);
    }

    /** A stored guided session, if there is one with that number. */
    public Optional<GuidedSessionRecord> guidedSession(long sessionId) {
        return database.read(connection -> SolveTables.session(connection, sessionId));
    }

    /** The numbers of every stored guided session, oldest first. */
    public List<Long> guidedSessions() {
        return database.read(SolveTables::sessions);
    }

    /**
     * Records a person's decision in a session and, in the same transaction, their score of the joins it makes:
     * {@code manual} for every pair in {@code joins} (0 for an accepted placement, the worst score for a rejected
     * one), so that every later ranking of those pairs uses it. A pair that was never scored (shapes that cannot
     * interlock) is left alone.
     */
    public void addGuidedStep(long sessionId, GuidedStep step, List<SegmentPair> joins, float manual) {
        requireNoOpenStream();
        PieceKeys current = pieceKeys();
        int fixedPoint = Similarity.toFixedPoint(manual);
        database.write(connection -> {
            for (SegmentPair join : joins) {
                MatchTable.setManual(connection, current.segmentKey(join.first()), current.segmentKey(join.second()), fixedPoint);
            }
            SolveTables.addStep(connection, current, sessionId, step);
            return null;
        });
    }

    /** A session's decisions in the order they were made. */
    public List<GuidedStep> guidedSteps(long sessionId) {
        PieceKeys current = pieceKeys();
        return database.read(connection -> SolveTables.steps(connection, current, sessionId));
    }

    /**
     * Copies the write-ahead log into the database file and truncates the log, so that the file alone
     * holds everything (for copying it, or measuring it). Waits for readers of other connections.
     */
    public void checkpoint() {
        requireNoOpenStream();
        database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                return Database.queryLong(statement, "PRAGMA wal_checkpoint(TRUNCATE)");
            }
        });
    }

    /** What SQLite's {@code PRAGMA quick_check} finds wrong in the database file; empty when the file is sound. */
    public List<String> quickCheck() {
        return database.read(connection -> {
            List<String> problems = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
                while (rows.next()) {
                    if (!"ok".equals(rows.getString(1))) {
                        problems.add(rows.getString(1));
                    }
                }
            }
            return problems;
        });
    }

    /**
     * Runs {@code work}, which reads this store but does not write it, holding the database's write lock: no
     * ingest or match commits meanwhile, so a file exported from what {@code work} reads is not overwritten with
     * an older state than the one a concurrent ingest exports before its commit.
     */
    public <T> T whileLocked(Supplier<T> work) {
        requireNoOpenStream();
        return database.write(connection -> work.get());
    }

    /** The database file. */
    public Path file() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }

    private List<MatchResult> collect(MatchFilter filter) {
        try (Stream<MatchResult> matches = stream(filter)) {
            return matches.toList();
        }
    }

    private void requireNoOpenStream() {
        if (openStreams > 0) {
            throw new IllegalStateException(openStreams + " match stream(s) of " + database.file()
                    + " are still open: close them (try-with-resources) before writing");
        }
    }
}
