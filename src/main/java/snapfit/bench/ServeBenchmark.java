package snapfit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import snapfit.model.PieceRecord;
import snapfit.store.CacheLayout;
import snapfit.store.MatchStore;
import snapfit.web.ServeOptions;
import snapfit.web.WebServer;

/**
 * Measures {@code snapfit serve} on {@link StoreBenchmark}'s synthetic store: {@code GET
 * /api/pieces/{id}/matches?limit=50} of random pieces from {@code clients} concurrent clients, each on one
 * kept-alive loopback connection ({@link LoopbackClient}), in the same process as the server. First one client
 * asks for {@value #COLD_PIECES} pieces once each (the first answer of a piece, computed by SQLite); then all
 * clients ask for {@code warmupSeconds}, untimed, and for {@code seconds}, timed: latency percentiles and
 * throughput. Loopback only, and bounded in time.
 */
public final class ServeBenchmark {

    private static final int COLD_PIECES = 200;

    /**
     * @param store         the synthetic store: 4.5M matches among 1,500 pieces by default
     * @param clients       concurrent clients; 32 by default
     * @param warmupSeconds untimed load first; 5 by default
     * @param seconds       timed load; 10 by default
     */
    public record Config(StoreBenchmark.Config store, int clients, int warmupSeconds, int seconds) {

        public static final Config DEFAULT = new Config(StoreBenchmark.Config.DEFAULT, 32, 5, 10);

        public Config {
            if (clients < 1 || warmupSeconds < 0 || seconds < 1 || seconds > 600) {
                throw new IllegalArgumentException("serve benchmark needs clients >= 1, warm-up >= 0 s and 1 to 600"
                        + " timed seconds, got " + clients + ", " + warmupSeconds + ", " + seconds);
            }
        }

        public Config withMatches(int matches) {
            return new Config(store.withMatches(matches), clients, warmupSeconds, seconds);
        }

        public Config withClients(int newClients) {
            return new Config(store, newClients, warmupSeconds, seconds);
        }

        public Config withSeconds(int newSeconds) {
            return new Config(store, clients, warmupSeconds, newSeconds);
        }
    }

    /**
     * @param matches       matches stored
     * @param clients       concurrent clients
     * @param cores         processors of the machine, shared by server and clients
     * @param cold          the first answer of a piece, one client at a time
     * @param loaded        every answer in the timed seconds
     * @param requests      requests answered in the timed seconds
     * @param perSecond     requests / timed seconds
     * @param failures      answers other than 200 (in any phase)
     */
    public record Result(long matches, int clients, int cores, StoreBenchmark.Latency cold,
            StoreBenchmark.Latency loaded, long requests, double perSecond, long failures) {
    }

    private ServeBenchmark() {
    }

    /** Runs the benchmark in a temporary cache folder that is deleted afterwards. */
    public static Result run(Config config, Consumer<String> progress) {
        Path folder;
        try {
            folder = Files.createTempDirectory("snapfit-bench-serve");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the benchmark", e);
        }
        try {
            List<PieceRecord> pieces;
            try (MatchStore store = MatchStore.open(CacheLayout.database(folder))) {
                pieces = StoreBenchmark.fill(store, config.store(), new SplittableRandom(config.store().seed()),
                        progress).pieces();
                store.checkpoint();
            }
            try (WebServer server = WebServer.start(ServeOptions.defaultsFor(folder).withPort(0))) {
                return measure(server.port(), pieces, config, progress);
            }
        } finally {
            StoreBenchmark.deleteFolder(folder);
        }
    }

    private static Result measure(int port, List<PieceRecord> pieces, Config config, Consumer<String> progress) {
        List<String> paths = pieces.stream()
                .map(piece -> "/api/pieces/" + piece.pieceId() + "/matches?limit=50").toList();
        SplittableRandom random = new SplittableRandom(config.store().seed());
        progress.accept("first answers of " + COLD_PIECES + " pieces, one client");
        long[] cold = new long[Math.min(COLD_PIECES, paths.size())];
        long failures = 0;
        try (LoopbackClient client = new LoopbackClient(port)) {
            for (int i = 0; i < cold.length; i++) {
                long start = System.nanoTime();
                failures += client.get(paths.get(i)) == 200 ? 0 : 1;
                cold[i] = System.nanoTime() - start;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the benchmark's client failed", e);
        }
        progress.accept(config.clients() + " clients: " + config.warmupSeconds() + " s of warm-up, then "
                + config.seconds() + " s timed");
        long warmupEnd = System.nanoTime() + config.warmupSeconds() * 1_000_000_000L;
        long end = warmupEnd + config.seconds() * 1_000_000_000L;
        ExecutorService threads = Executors.newFixedThreadPool(config.clients());
        List<Future<ClientLoad>> loads = new ArrayList<>();
        for (int i = 0; i < config.clients(); i++) {
            SplittableRandom own = random.split();
            loads.add(threads.submit(() -> ClientLoad.run(port, paths, own, warmupEnd, end)));
        }
        long[] loaded = new long[0];
        long requests = 0;
        try {
            for (Future<ClientLoad> load : loads) {
                ClientLoad done = load.get();
                int from = loaded.length;
                loaded = Arrays.copyOf(loaded, from + done.timed());
                System.arraycopy(done.nanos(), 0, loaded, from, done.timed());
                requests += done.timed();
                failures += done.failures();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the serve benchmark was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark client failed: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
        return new Result(config.store().matches(), config.clients(), Runtime.getRuntime().availableProcessors(),
                percentiles(cold), percentiles(loaded), requests, requests / (double) config.seconds(), failures);
    }

    private static StoreBenchmark.Latency percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new StoreBenchmark.Latency(sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
    }
}
