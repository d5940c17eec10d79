package snapfit.cli;

import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import snapfit.bench.PipelineBenchmark;
import snapfit.bench.ServeBenchmark;
import snapfit.store.Json;
import snapfit.bench.StoreBenchmark;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure performance on synthetic data (figures depend on the machine: compare ratios).",
        subcommands = {BenchCommand.Store.class, BenchCommand.Pipeline.class, BenchCommand.Serve.class})
final class BenchCommand {

    @Command(name = "store", mixinStandardHelpOptions = true,
            description = {"Write N synthetic matches to a temporary dataset.db and measure the store.",
                    "Measures writing, size on disk, loading 200,000 matches, and the latency of piece, segment and"
                            + " pair queries."})
    static final class Store implements Callable<Integer> {

        @Option(names = "--matches", paramLabel = "N", description = "Matches to write (default: ${DEFAULT-VALUE}).")
        int matches = StoreBenchmark.Config.DEFAULT.matches();

        @Option(names = "--json", description = "Print the figures as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            StoreBenchmark.Result result = StoreBenchmark.run(StoreBenchmark.Config.DEFAULT.withMatches(matches),
                    line -> System.err.println("bench store: " + line));
            if (json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
                return 0;
            }
            System.out.printf("""
                    matches written      %,d in %.2f s (%,.0f rows/s, %d cores)
                    size on disk         %.1f bytes per match (indexes included)
                    load %,d matches  %.3f s
                    piece's matches      p50 %.2f ms, p99 %.2f ms
                    segment top 10       p50 %.2f ms, p99 %.2f ms
                    pair lookup          p50 %.3f ms, p99 %.3f ms
                    """, result.matches(), result.writeSeconds(), result.rowsPerSecond(),
                    Runtime.getRuntime().availableProcessors(), result.bytesPerMatch(), result.loadedRows(),
                    result.loadSeconds(), result.pieceMatches().p50Millis(), result.pieceMatches().p99Millis(),
                    result.segmentTop10().p50Millis(), result.segmentTop10().p99Millis(),
                    result.pairLookup().p50Millis(), result.pairLookup().p99Millis());
            return 0;
        }
    }

    @Command(name = "pipeline", mixinStandardHelpOptions = true,
            description = {"Match a synthetic puzzle of N pieces, then add a sheet, and measure both.",
                    "Builds the puzzle (12 pieces to a sheet) in a temporary cache, matches every pair of edges into",
                    "dataset.db exactly as `snapfit match` does, then adds one more sheet of 12 pieces and matches",
                    "it with --incremental. Reports pairs scored per second, the full match's wall time and peak",
                    "Java heap, the incremental time, and where each match's time went (reading the pieces and their",
                    "stored segments, scoring while the store writes, SQLite inserts, index build and commit). Pieces come",
                    "from the generator's true outlines; with --images the sheets are rendered as 12 MP photos and",
                    "ingested twice (in the fresh JVM, then warm), which also measures sheets per second and CPU per sheet.",
                    "Rendering is not timed."})
    static final class Pipeline implements Callable<Integer> {

        @Option(names = "--pieces", paramLabel = "N", description = "Pieces to match (default: ${DEFAULT-VALUE}).")
        int pieces = PipelineBenchmark.Config.defaults().pieces();

        @Option(names = "--threads", paramLabel = "N", description = "Scoring threads (default: all ${DEFAULT-VALUE} cores).")
        int threads = PipelineBenchmark.Config.defaults().threads();

        @Option(names = "--images", description = "Render the sheets as photos and time their ingestion (slow to set up).")
        boolean images;

        @Option(names = "--seed", paramLabel = "S", description = "Seed of the synthetic puzzle (default: ${DEFAULT-VALUE}).")
        long seed = PipelineBenchmark.Config.defaults().seed();

        @Option(names = "--keep-best", paramLabel = "K",
                description = "Store only each edge's best K partners, as `match --keep-best` (default: every pair).")
        Integer keepBest;

        @Option(names = "--json", description = "Print the figures as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PipelineBenchmark.Result result = PipelineBenchmark.run(new PipelineBenchmark.Config(pieces, threads, images,
                            seed, keepBest == null ? OptionalInt.empty() : OptionalInt.of(keepBest)),
                    line -> System.err.println("bench pipeline: " + line));
            if (json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
                return 0;
            }
            if (result.ingest() != null) {
                System.out.printf("ingest               %.2f sheets/s, %.3f s of CPU per sheet (fresh JVM)%n"
                        + "  again, warm        %.2f sheets/s, %.3f s of CPU per sheet%n",
                        result.ingest().sheetsPerSecond(), result.ingest().cpuSecondsPerSheet(),
                        result.warmIngest().sheetsPerSecond(), result.warmIngest().cpuSecondsPerSheet());
            }
            PipelineBenchmark.Profile profile = result.profile();
            PipelineBenchmark.Profile incremental = result.incrementalProfile();
            System.out.printf("""
                    puzzle               %,d pieces on %,d sheets, %,d segments
                    full match           %,d pairs considered, %,d scored, %,d stored in %.2f s
                                         (%,.0f pairs/s end to end, %.1f s of CPU, %d threads, %d cores)
                      prepare            %.2f s (pieces and their stored segments)
                      score + stream     %.2f s (store thread %.2f s of it: sorting, SQLite inserts)
                      finish             %.2f s (last inserts, indexes, commit)
                    peak Java heap       %,.0f MB
                    edge score alone     %.0f ns per pair on one thread (%.1fM pairs/s a core); the seed's score %.0f ns
                    incremental          one sheet of 12 pieces: %,d pairs in %.2f s
                      prepare            %.2f s
                      score + stream     %.2f s (store thread %.2f s of it)
                      finish             %.2f s (inserts, commit)
                    """, result.pieces(), result.sheets(), result.segments(), result.pairsConsidered(),
                    result.pairsScored(), result.storedMatches(), result.matchSeconds(), result.pairsPerSecond(), result.matchCpuSeconds(), result.threads(),
                    result.cores(), profile.prepareSeconds(), profile.scoreSeconds(), profile.storeWriteSeconds(),
                    profile.finishSeconds(), result.peakHeapBytes() / 1e6, result.scoreCost().nanosPerPair(),
                    1e3 / result.scoreCost().nanosPerPair(), result.scoreCost().originalNanosPerPair(), result.incrementalPairs(),
                    result.incrementalSeconds(), incremental.prepareSeconds(), incremental.scoreSeconds(),
                    incremental.storeWriteSeconds(), incremental.finishSeconds());
            return 0;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Serve a synthetic store of N matches and time a piece's best matches over HTTP.",
                    "Writes the store as `bench store` does, starts `snapfit serve` on a free",
                    "loopback port, and has concurrent clients on kept-alive connections ask for",
                    "GET /api/pieces/{id}/matches?limit=50 of random pieces: first answers of 200",
                    "pieces with one client, then a warm-up, then latency percentiles and",
                    "throughput over the timed seconds. Clients and server share the cores."})
    static final class Serve implements Callable<Integer> {

        @Option(names = "--matches", paramLabel = "N", description = "Matches to store (default: ${DEFAULT-VALUE}).")
        int matches = ServeBenchmark.Config.DEFAULT.store().matches();

        @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients = ServeBenchmark.Config.DEFAULT.clients();

        @Option(names = "--seconds", paramLabel = "S", description = "Timed seconds, after 5 s of warm-up (default: ${DEFAULT-VALUE}).")
        int seconds = ServeBenchmark.Config.DEFAULT.seconds();

        @Option(names = "--json", description = "Print the figures as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            ServeBenchmark.Result result = ServeBenchmark.run(ServeBenchmark.Config.DEFAULT.withMatches(matches)
                    .withClients(clients).withSeconds(seconds), line -> System.err.println("bench serve: " + line));
            if (json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
                return 0;
            }
            System.out.printf("""
                    store                %,d matches
                    first answer         p50 %.2f ms, p99 %.2f ms (one client, a piece not asked for before)
                    %-20s p50 %.2f ms, p99 %.2f ms, %,.0f requests/s (%,d in %d s, %d cores shared)
                    failures             %d
                    """, result.matches(), result.cold().p50Millis(), result.cold().p99Millis(), result.clients() + " clients",
                    result.loaded().p50Millis(), result.loaded().p99Millis(), result.perSecond(), result.requests(),
                    seconds, result.cores(), result.failures());
            return result.failures() == 0 ? 0 : 1;
        }
    }
}
