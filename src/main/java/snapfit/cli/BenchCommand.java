package snapfit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import snapfit.store.Json;
import snapfit.store.StoreBenchmark;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure performance on synthetic data (figures depend on the machine: compare ratios).",
        subcommands = BenchCommand.Store.class)
final class BenchCommand {

    @Command(name = "store", mixinStandardHelpOptions = true,
            description = {"Write N synthetic matches to a temporary dataset.db and measure writing, size on disk,",
                    "loading 200,000 matches, and the latency of piece, segment and pair queries."})
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
}
