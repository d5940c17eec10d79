package snapfit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;
import snapfit.model.InputFileException;
import snapfit.pipeline.Ingestion;
import snapfit.pipeline.MatchReport;
import snapfit.pipeline.Matching;
import snapfit.synth.GeneratorConfig;

/**
 * Measures the whole pipeline at puzzle scale on a synthetic puzzle of about {@code pieces} pieces:
 * <ol>
 *   <li>builds the cache of a temporary folder, either straight from the generator's true outlines (no
 *       image; not timed) or, with {@code images}, by rendering 12-megapixel sheet photos (not timed) and
 *       ingesting them with {@link Ingestion} (timed: sheets per second and CPU time per sheet);</li>
 *   <li>matches every pair with {@link Matching}, the command line's code path: rebuilding the pieces from
 *       the cache, scoring, writing to {@code dataset.db}, building its indexes; timed, with the peak heap;</li>
 *   <li>adds one more sheet of 12 pieces and matches incrementally, timed the same way.</li>
 * </ol>
 * The folder is deleted afterwards. Figures depend on the machine; compare ratios.
 */
public final class PipelineBenchmark {

    /** Pieces on the sheet added for the incremental step. */
    static final int ADDED_PIECES = SyntheticCache.PIECES_PER_SHEET;
    /** The largest puzzle: the store's piece-key limit, less the added sheet, rounded down. */
    static final int MAX_PIECES = 16_000;

    /**
     * @param pieces  pieces of the matched puzzle, 2 to {@value #MAX_PIECES}; 1,500 by default (with
     *                {@code images}, whole sheets: at least this many)
     * @param threads scoring threads; all cores by default
     * @param images  render sheet photos and ingest them, instead of building pieces from true outlines
     * @param seed    seed of the synthetic puzzle
     * @param keepBest store only the best K partners per segment (see {@link Matching.Options#keepBest()}); empty
     *                 to store every scored pair, the default
     */
    public record Config(int pieces, int threads, boolean images, long seed, OptionalInt keepBest) {

        public Config {
            if (pieces < 2 || pieces > MAX_PIECES) {
                throw new IllegalArgumentException("pieces " + pieces + " is out of range: use 2 to " + MAX_PIECES);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads " + threads + " must be at least 1");
            }
        }

        /** 1,500 pieces, all cores, no images, seed 1. */
        public static Config defaults() {
            return new Config(1500, Runtime.getRuntime().availableProcessors(), false, 1, OptionalInt.empty());
        }

        public Config withPieces(int newPieces) {
            return new Config(newPieces, threads, images, seed, keepBest);
        }

        public Config withThreads(int newThreads) {
            return new Config(pieces, newThreads, images, seed, keepBest);
        }

        public Config withImages(boolean newImages) {
            return new Config(pieces, threads, newImages, seed, keepBest);
        }

        public Config withKeepBest(OptionalInt newKeepBest) {
            return new Config(pieces, threads, images, seed, newKeepBest);
        }
    }

    /**
     * Where a match's wall time went, in seconds.
     *
     * @param prepareSeconds    reading the pieces and their stored segments, preparing the matcher
     * @param scoreSeconds      scoring the pairs while the calling thread hands them to the store
     * @param storeWriteSeconds of that, the calling thread's time in the store: sorting and inserting rows into
     *                          SQLite (a million at a time), or, keeping the best K, ranking partners
     * @param finishSeconds     after the last score: inserting the rows still held, building the indexes, committing
     */
    public record Profile(double prepareSeconds, double scoreSeconds, double storeWriteSeconds, double finishSeconds) {

        static Profile of(MatchReport report) {
            return new Profile(seconds(report.prepare().toNanos()), seconds(report.stats().elapsed().toNanos()),
                    seconds(report.stats().sinkTime().toNanos()), seconds(report.finish().toNanos()));
        }
    }

    /**
     * @param pieces                   pieces matched in the full run
     * @param sheets                   sheets they lie on
     * @param segments                 their sides, four per piece
     * @param cores                    processors of this machine
     * @param threads                  scoring threads used
     * @param ingest                   ingesting the photos in this fresh JVM, the JIT's warm-up included; null
     *                                 without images
     * @param warmIngest               ingesting the same photos again right after (the cache ends the same);
     *                                 null without images
     * @param pairsConsidered          segment pairs of different pieces looked at by the full match
     * @param pairsScored              of those, pairs that passed the shape and length gates
     * @param keptPerSegment           the best partners kept per segment; null when every scored pair is stored
     * @param storedMatches            matches in {@code dataset.db} after the full match
     * @param pairsPerSecond           pairsScored / matchSeconds
     * @param matchSeconds             the full match, end to end: rebuild, score, store, index, commit
     * @param peakHeapBytes            peak Java heap during the full match (sum of the heap pools' peaks)
     * @param incrementalSeconds       matching the added sheet incrementally, end to end
     * @param incrementalPairs         pairs scored and stored by it: those with a piece of the added sheet
     * @param storedAfterIncremental   matches in {@code dataset.db} afterwards
     * @param matchCpuSeconds          processor time of the full match, all threads (on a shared machine,
     *                                 less sensitive to other load than the wall time)
     * @param profile                  where the full match's time went
     * @param incrementalProfile       where the incremental match's time went
     * @param scoreCost                what the edge score alone costs per pair, on one thread
     */
    public record Result(int pieces, int sheets, int segments, int cores, int threads, IngestRate ingest,
            IngestRate warmIngest, long pairsConsidered, long pairsScored, Integer keptPerSegment,
            long storedMatches,
            double pairsPerSecond, double matchSeconds, long peakHeapBytes, double incrementalSeconds,
            long incrementalPairs, long storedAfterIncremental, double matchCpuSeconds, Profile profile,
            Profile incrementalProfile, ScoreCost scoreCost) {
    }

    private PipelineBenchmark() {
    }

    /** Runs the benchmark in a temporary folder that is deleted afterwards; {@code progress} gets one line per step. */
    public static Result run(Config config, Consumer<String> progress) {
        Path folder;
        try {
            folder = Files.createTempDirectory("snapfit-bench-pipeline");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the benchmark", e);
        }
        try {
            return run(folder, config, progress);
        } finally {
            deleteFolder(folder);
        }
    }

    static Result run(Path folder, Config config, Consumer<String> progress) {
        GeneratorConfig puzzle = puzzleOf(config.pieces() + ADDED_PIECES, config.seed());
        Path cacheDir = folder.resolve("cache");
        BenchmarkSheets sheets = config.images()
                ? BenchmarkSheets.rendered(puzzle, folder, progress)
                : BenchmarkSheets.fromOutlines(puzzle, config.pieces(), progress);
        Ingested base = sheets.ingestBase(cacheDir);

        progress.accept("matching all pairs of " + base.pieces() + " pieces on " + config.threads() + " threads");
        Matching.Options options = Matching.Options.defaults().withThreads(config.threads())
                .withKeepBest(config.keepBest());
        HeapPeak.reset();
        long cpuStart = ProcessCpu.nanos();
        long start = System.nanoTime();
        MatchReport full = Matching.match(cacheDir, options);
        double matchSeconds = seconds(System.nanoTime() - start);
        double matchCpuSeconds = seconds(ProcessCpu.nanos() - cpuStart);
        long peakHeap = HeapPeak.peakBytes();

        progress.accept("timing the edge score alone on one thread");
        ScoreCost scoreCost = ScoreCost.measure(cacheDir);

        progress.accept("adding a sheet of " + ADDED_PIECES + " pieces and matching it incrementally");
        sheets.ingestAdded(cacheDir);
        start = System.nanoTime();
        MatchReport incremental = Matching.match(cacheDir, options.withIncremental(true).withKeepBest(OptionalInt.empty()));
        double incrementalSeconds = seconds(System.nanoTime() - start);

        long scored = full.stats().pairsScored();
        return new Result(full.pieces(), base.sheets(), 4 * full.pieces(), Runtime.getRuntime().availableProcessors(),
                config.threads(), base.cold(), base.warm(), full.stats().pairsConsidered(),
                scored, full.keptPerSegment().isPresent() ? full.keptPerSegment().getAsInt() : null, full.stored(), scored / matchSeconds, matchSeconds, peakHeap, incrementalSeconds,
                incremental.stats().pairsScored(), incremental.stored(), matchCpuSeconds, Profile.of(full),
                Profile.of(incremental), scoreCost);
    }

    /** A roughly square grid of at least {@code pieces} pieces, 12 to a sheet. */
    static GeneratorConfig puzzleOf(int pieces, long seed) {
        int rows = (int) Math.ceil(Math.sqrt(pieces));
        int cols = (pieces + rows - 1) / rows;
        return GeneratorConfig.defaults().withSize(rows, cols).withSeed(seed);
    }

    /**
     * How fast photos were ingested.
     *
     * @param sheetsPerSecond    sheets per second of wall time
     * @param cpuSecondsPerSheet processor time, all threads, per sheet
     */
    public record IngestRate(double sheetsPerSecond, double cpuSecondsPerSheet) {
    }

    /** Sheets and pieces ingested for the full match; the ingest rates are null when nothing was timed. */
    record Ingested(int pieces, int sheets, IngestRate cold, IngestRate warm) {
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new InputFileException(folder, "cannot delete this benchmark folder: " + e.getMessage(), e);
        }
    }
}
