package snapfit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import snapfit.model.Corners;
import snapfit.model.MatchResult;
import snapfit.model.Orientation;
import snapfit.model.OrientedPieceType;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PieceType;
import snapfit.model.PixelBox;
import snapfit.model.PixelPoint;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;
import snapfit.model.SheetRecord;
import snapfit.model.Similarity;
import snapfit.store.MatchFilter;
import snapfit.store.MatchStore;
import snapfit.store.Metadata;
import snapfit.store.PieceKeys;

/**
 * Measures {@link MatchStore} at puzzle scale on synthetic data: {@code pieces} inner pieces on
 * sheets of 12, each side randomly a tab or a blank; {@code matches} pairs drawn uniformly (Knuth's
 * selection sampling, TAOCP vol. 2, algorithm 3.4.2 S) from the pairs of a tab and a blank of two
 * different pieces, written in segment-key order as a matcher would; log-normal scores on the
 * {@link Similarity} grid. Reports write throughput, bytes per match on disk, the time to load the
 * best 200,000 matches, and query latencies.
 */
public final class StoreBenchmark {

    private static final int PIECES_PER_SHEET = 12;
    private static final int LOADED_ROWS = 200_000;
    private static final int PAIR_SAMPLES = 1000;

    /**
     * @param matches  matches to write; 4,500,000 by default
     * @param pieces   pieces they are drawn among; 1,500 by default
     * @param queries  timed repetitions of each query kind; 300 by default
     * @param seed     random seed of the synthetic data
     */
    public record Config(int matches, int pieces, int queries, long seed) {

        public static final Config DEFAULT = new Config(4_500_000, 1500, 300, 42);

        public Config {
            if (matches < 1 || pieces < 2 || queries < 1) {
                throw new IllegalArgumentException("benchmark needs matches >= 1, pieces >= 2 and queries >= 1, got "
                        + matches + ", " + pieces + ", " + queries);
            }
        }

        public Config withMatches(int newMatches) {
            return new Config(newMatches, pieces, queries, seed);
        }
    }

    /** Median and 99th percentile of one query kind, in milliseconds. */
    public record Latency(double p50Millis, double p99Millis) {
    }

    /**
     * @param matches          matches written
     * @param writeSeconds     time of the one write transaction, index builds included
     * @param rowsPerSecond    matches / writeSeconds
     * @param bytesPerMatch    database plus WAL file size after a checkpoint, per match
     * @param loadSeconds      time to stream the best {@code loadedRows} matches into objects, median of 3
     * @param loadedRows       matches loaded (200,000 or all, if fewer)
     * @param pieceMatches     all matches of one random piece
     * @param segmentTop10     the best 10 matches of one random segment
     * @param pairLookup       one stored pair
     */
    public record Result(long matches, double writeSeconds, double rowsPerSecond, double bytesPerMatch,
            double loadSeconds, int loadedRows, Latency pieceMatches, Latency segmentTop10, Latency pairLookup) {
    }

    private StoreBenchmark() {
    }

    /** Runs the benchmark in a temporary folder that is deleted afterwards; {@code progress} gets one line per step. */
    public static Result run(Config config, Consumer<String> progress) {
        Path folder;
        try {
            folder = Files.createTempDirectory("snapfit-bench-store");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the benchmark", e);
        }
        try {
            return run(folder.resolve("dataset.db"), config, progress);
        } finally {
            deleteFolder(folder);
        }
    }

    /** The synthetic pieces and matches written into a store, and the pairs they were drawn from. */
    record Filled(List<PieceRecord> pieces, PieceKeys keys, SyntheticPairs pairs, double writeSeconds) {
    }

    /**
     * Ingests {@code config.pieces()} synthetic pieces into {@code store} and writes {@code config.matches()}
     * matches among them in one transaction, drawing from {@code random}.
     */
    static Filled fill(MatchStore store, Config config, SplittableRandom random, Consumer<String> progress) {
        List<PieceRecord> pieces = pieces(config.pieces(), random);
        progress.accept("ingesting " + pieces.size() + " pieces");
        store.ingest(metadata(pieces));
        PieceKeys keys = store.pieceKeys();
        SyntheticPairs pairs = new SyntheticPairs(keys, pieces, config.matches(), random);
        progress.accept("writing " + config.matches() + " matches");
        long start = System.nanoTime();
        store.writeMatches(writer -> pairs.forEach((a, b) -> writer.add(a, b, score(random)),
                done -> progress.accept("  " + done + " matches added")));
        return new Filled(pieces, keys, pairs, (System.nanoTime() - start) / 1e9);
    }

    static Result run(Path dbFile, Config config, Consumer<String> progress) {
        SplittableRandom random = new SplittableRandom(config.seed());
        try (MatchStore store = MatchStore.open(dbFile)) {
            Filled filled = fill(store, config, random, progress);
            List<PieceRecord> pieces = filled.pieces();
            PieceKeys keys = filled.keys();
            SyntheticPairs pairs = filled.pairs();
            double writeSeconds = filled.writeSeconds();
            store.checkpoint();
            double bytesPerMatch = (double) fileBytes(dbFile) / config.matches();

            progress.accept("loading the best " + LOADED_ROWS + " matches, three times");
            double[] loadSeconds = new double[3];
            long loaded = 0;
            for (int run = 0; run < loadSeconds.length; run++) {
                long start = System.nanoTime();
                try (Stream<MatchResult> best = store.stream(MatchFilter.all().withLimit(LOADED_ROWS))) {
                    loaded = best.count();
                }
                loadSeconds[run] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(loadSeconds);

            progress.accept("timing " + config.queries() + " queries of each kind");
            Latency piece = latency(config.queries(), () -> {
                try (Stream<MatchResult> matches = store.stream(MatchFilter.ofPiece(
                        pieces.get(random.nextInt(pieces.size())).pieceId()))) {
                    return matches.count();
                }
            });
            Latency segment = latency(config.queries(), () -> store.topForSegment(
                    keys.segmentOf(pairs.randomSegmentKey(random)), 10).size());
            Latency pair = latency(config.queries(), () -> {
                int[] written = pairs.randomWrittenPair(random);
                return store.pair(keys.segmentOf(written[0]), keys.segmentOf(written[1])).orElseThrow().similarity();
            });
            return new Result(config.matches(), writeSeconds, config.matches() / writeSeconds, bytesPerMatch,
                    loadSeconds[1], (int) loaded, piece, segment, pair);
        }
    }

    /** Runs {@code query} a few times to warm up, then {@code count} timed times. */
    private static Latency latency(int count, Supplier<Object> query) {
        for (int i = 0; i < Math.min(count, 50); i++) {
            query.get();
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Latency(nanos[count / 2] / 1e6, nanos[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)] / 1e6);
    }

    /** A plausible matcher score: log-normal around 0.4, on the fixed-point grid. */
    private static float score(SplittableRandom random) {
        return Similarity.quantize(Math.exp(random.nextGaussian() * 0.6 - 0.9));
    }

    private static List<PieceRecord> pieces(int count, SplittableRandom random) {
        List<PieceRecord> pieces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SegmentShape[] shapes = new SegmentShape[4];
            for (int edge = 0; edge < 4; edge++) {
                shapes[edge] = random.nextBoolean() ? SegmentShape.IN : SegmentShape.OUT;
            }
            int x = (i % PIECES_PER_SHEET) % 4 * 900;
            int y = (i % PIECES_PER_SHEET) / 4 * 900;
            pieces.add(new PieceRecord(new PieceId(sheetId(i), i % PIECES_PER_SHEET),
                    new Corners(new PixelPoint(x, y), new PixelPoint(x, y + 500), new PixelPoint(x + 500, y + 500),
                            new PixelPoint(x + 500, y)),
                    new SegmentShapes(shapes[0], shapes[1], shapes[2], shapes[3]),
                    new OrientedPieceType(PieceType.INNER, Orientation.DEG_0), List.of(), 2400,
                    new PixelBox(x - 60, y - 60, 620, 620)));
        }
        return pieces;
    }

    private static Metadata metadata(List<PieceRecord> pieces) {
        List<SheetRecord> sheets = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i += PIECES_PER_SHEET) {
            sheets.add(new SheetRecord(sheetId(i), "sheets/" + sheetId(i) + ".jpg",
                    Math.min(PIECES_PER_SHEET, pieces.size() - i), 130, 80000, "2026-01-01T00:00:00Z"));
        }
        return new Metadata(sheets, pieces);
    }

    private static String sheetId(int pieceNumber) {
        return String.format("sheet_%03d", pieceNumber / PIECES_PER_SHEET);
    }

    private static long fileBytes(Path dbFile) {
        long bytes = 0;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path file = dbFile.resolveSibling(dbFile.getFileName() + suffix);
            try {
                bytes += Files.exists(file) ? Files.size(file) : 0;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot measure " + file, e);
            }
        }
        return bytes;
    }

    static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark folder " + folder, e);
        }
    }
}
