package snapfit.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import snapfit.match.MatchSink;
import snapfit.match.MatchStats;
import snapfit.match.PieceMatcher;
import snapfit.match.ScoreConfig;
import snapfit.model.EdgePos;
import snapfit.model.InputFileException;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SegmentId;
import snapfit.model.SheetCalibration;
import snapfit.model.SheetRecord;
import snapfit.puzzle.Piece;
import snapfit.puzzle.Segment;
import snapfit.store.CacheLayout;
import snapfit.store.MatchFilter;
import snapfit.store.MatchStore;
import snapfit.store.MatchWriter;
import snapfit.store.MatchesFile;
import snapfit.store.Metadata;
import snapfit.store.PieceKeys;

/**
 * Scores the segments of a cache folder's pieces against each other and stores the scores in
 * {@code dataset.db}, reading the segments kept there at ingest (or rebuilding the pieces from the contour
 * cache where they were not kept), each brought to the puzzle's scale by its sheet's calibration; no photo is
 * read.
 *
 * <p>A full run replaces every stored match in one transaction; an incremental run scores only the
 * pairs that involve pieces not yet matched and appends them. Either way the pieces end up marked
 * matched, so a full run and an incremental run after it end with the same matches; also when only
 * the best K partners per segment are kept ({@link PrunedMatching}).
 */
public final class Matching {

    /**
     * @param incremental score only pairs involving pieces not matched before
     * @param score       the edge score's tuning
     * @param threads     worker threads
     * @param writeJson   also write {@code matches.json} (for small puzzles and other tools)
     * @param keepBest    store only the best K partners of each segment (a pair stays when it is among the best
     *                    K of either segment), recorded in the store; empty to store every scored pair, or, for
     *                    an incremental run, to keep what the store records
     */
    public record Options(boolean incremental, ScoreConfig score, int threads, boolean writeJson,
            OptionalInt keepBest) {

        public Options {
            if (keepBest.isPresent() && keepBest.getAsInt() < 1) {
                throw new IllegalArgumentException("keep-best " + keepBest.getAsInt()
                        + " must be at least 1 partner per segment");
            }
        }

        public static Options defaults() {
            return new Options(false, ScoreConfig.defaults(), Runtime.getRuntime().availableProcessors(), false,
                    OptionalInt.empty());
        }

        public Options withIncremental(boolean newIncremental) {
            return new Options(newIncremental, score, threads, writeJson, keepBest);
        }

        public Options withWriteJson(boolean newWriteJson) {
            return new Options(incremental, score, threads, newWriteJson, keepBest);
        }

        public Options withThreads(int newThreads) {
            return new Options(incremental, score, newThreads, writeJson, keepBest);
        }

        public Options withKeepBest(OptionalInt newKeepBest) {
            return new Options(incremental, score, threads, writeJson, newKeepBest);
        }
    }

    private Matching() {
    }

    /** Matches the pieces of {@code cacheDir}. */
    public static MatchReport match(Path cacheDir, Options options) {
        long start = System.nanoTime();
        try (MatchStore store = CacheFolder.openStore(cacheDir)) {
            Metadata metadata = store.metadata();
            if (metadata.pieces().isEmpty()) {
                throw new InputFileException(cacheDir, "holds no pieces; run `snapfit ingest --images DIR"
                        + " --cache " + cacheDir + "` first");
            }
            PieceKeys keys = store.pieceKeys();
            List<Segment> segments = segmentsOf(cacheDir, metadata, store.segments(), keys);
            OptionalInt keepBest = keepBest(cacheDir, store, options);
            // Pruned pairs of a re-ingested sheet's partners may belong among their best K again: score them all.
            boolean incremental = options.incremental() && !(keepBest.isPresent() && store.keptPartnersStale());
            SortedSet<PieceId> all = new TreeSet<>(metadata.pieces().stream().map(PieceRecord::pieceId).toList());
            SortedSet<PieceId> fresh = new TreeSet<>(all);
            if (incremental) {
                fresh.removeAll(store.matchedPieces());
            }
            PieceMatcher matcher = new PieceMatcher(segments, options.score(), options.threads());
            int[] storeKeys = storeKeys(matcher, keys);
            long prepared = System.nanoTime();
            AtomicReference<MatchStats> stats = new AtomicReference<>();
            if (incremental) {
                store.addMatches(writer -> stats.set(keepBest.isPresent()
                        ? PrunedMatching.incremental(matcher, fresh, writer, storeKeys, keepBest.getAsInt())
                        : matcher.matchIncremental(fresh, sink(writer, storeKeys))), fresh);
            } else {
                store.replaceMatches(writer -> stats.set(keepBest.isPresent()
                        ? PrunedMatching.full(matcher, writer, storeKeys, keepBest.getAsInt())
                        : matcher.matchAll(sink(writer, storeKeys))), all, keepBest);
            }
            Duration finish = Duration.ofNanos(System.nanoTime() - prepared).minus(stats.get().elapsed());
            if (options.writeJson()) {
                try (Stream<MatchResult> matches = store.stream(MatchFilter.all())) {
                    MatchesFile.write(CacheLayout.matchesJson(cacheDir), matches);
                }
            }
            return new MatchReport(incremental, fresh.size(), all.size(), stats.get(), store.count(), keepBest,
                    Duration.ofNanos(prepared - start), finish);
        }
    }

    /**
     * The best partners to keep per segment: as asked for a full run; as the store records for an incremental one,
     * which may not ask for another number (the pairs pruned before cannot be brought back without a full run).
     */
    private static OptionalInt keepBest(Path cacheDir, MatchStore store, Options options) {
        if (!options.incremental()) {
            return options.keepBest();
        }
        OptionalInt recorded = store.keptPerSegment();
        if (options.keepBest().isPresent() && !options.keepBest().equals(recorded)) {
            throw new InputFileException(cacheDir, "holds matches that keep " + (recorded.isPresent()
                    ? "the best " + recorded.getAsInt() + " partners per segment" : "every scored pair")
                    + ", not the best " + options.keepBest().getAsInt() + "; run `snapfit match` without"
                    + " --incremental to change that, or leave out --keep-best");
        }
        return recorded;
    }

    /**
     * Every side of every piece in store-key order (the matcher then hands over pairs in about the order the
     * store appends them): those kept in the store at ingest, and for sheets ingested without them, rebuilt
     * from the contour cache a sheet at a time on all cores (rebuilding was most of an incremental run's time).
     */
    private static List<Segment> segmentsOf(Path cacheDir, Metadata metadata, Map<SegmentId, Segment> stored,
            PieceKeys keys) {
        Map<SegmentId, Segment> all = new HashMap<>(stored);
        metadata.sheets().parallelStream()
                .filter(sheet -> metadata.piecesOf(sheet.sheetId()).stream()
                        .anyMatch(piece -> !stored.containsKey(new SegmentId(piece.pieceId(), EdgePos.LEFT))))
                .map(sheet -> new Metadata(List.of(sheet), metadata.piecesOf(sheet.sheetId())))
                .flatMap(one -> segmentsOf(CachedPuzzle.reconstruct(cacheDir, one).allPieces()).stream())
                .toList()
                .forEach(segment -> all.put(segment.id(), segment));
        List<Segment> segments = new ArrayList<>(4 * metadata.pieces().size());
        List<PieceId> byKey = metadata.pieces().stream().map(PieceRecord::pieceId)
                .sorted(Comparator.comparingInt(keys::keyOf)).toList();
        for (PieceId piece : byKey) {
            for (EdgePos edge : EdgePos.values()) {
                segments.add(all.get(new SegmentId(piece, edge)));
            }
        }
        return atPuzzleScale(segments, metadata.sheets());
    }

    /**
     * The segments, in the same order, each brought to the puzzle's scale by its sheet's calibration: what the
     * matcher scores. {@code sheets} must hold every segment's sheet.
     */
    public static List<Segment> atPuzzleScale(List<Segment> segments, List<SheetRecord> sheets) {
        Map<String, SheetCalibration> calibrations = new HashMap<>();
        sheets.forEach(sheet -> calibrations.put(sheet.sheetId(), sheet.calibration()));
        return segments.stream().map(segment -> {
            SheetCalibration calibration = calibrations.get(segment.id().pieceId().sheetId());
            if (calibration == null) {
                throw new IllegalArgumentException("segment " + segment.id() + " is of a sheet not given");
            }
            return segment.calibrated(calibration);
        }).toList();
    }

    /** Every side of every piece, four per piece in {@link EdgePos} order. */
    public static List<Segment> segmentsOf(List<Piece> pieces) {
        List<Segment> segments = new ArrayList<>(4 * pieces.size());
        for (Piece piece : pieces) {
            for (EdgePos edge : EdgePos.values()) {
                segments.add(piece.segment(edge));
            }
        }
        return segments;
    }

    private static int[] storeKeys(PieceMatcher matcher, PieceKeys keys) {
        int[] storeKeys = new int[matcher.segmentCount()];
        for (int s = 0; s < storeKeys.length; s++) {
            storeKeys[s] = keys.segmentKey(matcher.segmentId(s));
        }
        return storeKeys;
    }

    private static MatchSink sink(MatchWriter writer, int[] storeKeys) {
        return batch -> {
            for (int i = 0; i < batch.size(); i++) {
                writer.add(storeKeys[batch.segmentA(i)], storeKeys[batch.segmentB(i)], batch.similarity(i));
            }
        };
    }
}
