package snapfit.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import snapfit.match.PieceMatcher;
import snapfit.match.ScoreConfig;
import snapfit.match.ScoreFunction;
import snapfit.pipeline.Matching;
import snapfit.puzzle.Segment;
import snapfit.store.CacheLayout;
import snapfit.store.MatchStore;
import snapfit.store.Metadata;

/**
 * What the edge score alone costs: every pair of a cache scored on one thread into a sink that keeps nothing, so
 * that neither the store nor the other threads count. Once with the default score and once with the Python seed's
 * ({@code --score original}), for comparison. The best of {@value #RUNS} runs each, after a warm-up run.
 *
 * @param nanosPerPair         the default score, nanoseconds per scored pair
 * @param originalNanosPerPair the seed's score, nanoseconds per scored pair
 */
public record ScoreCost(double nanosPerPair, double originalNanosPerPair) {

    private static final int RUNS = 3;

    /** Measures on the segments of {@code cacheDir}, calibrated as {@code match} scores them. */
    public static ScoreCost measure(Path cacheDir) {
        List<Segment> segments;
        try (MatchStore store = MatchStore.open(CacheLayout.database(cacheDir))) {
            Metadata metadata = store.metadata();
            segments = Matching.atPuzzleScale(List.copyOf(store.segments().values()), metadata.sheets());
        }
        return new ScoreCost(bestNanosPerPair(segments, ScoreConfig.defaults()),
                bestNanosPerPair(segments, ScoreConfig.defaults().withFunction(ScoreFunction.ORIGINAL)));
    }

    private static double bestNanosPerPair(List<Segment> segments, ScoreConfig config) {
        PieceMatcher matcher = new PieceMatcher(segments, config, 1);
        double best = Double.MAX_VALUE;
        for (int run = 0; run <= RUNS; run++) {
            AtomicLong pairs = new AtomicLong();
            long start = System.nanoTime();
            matcher.matchAll(batch -> pairs.addAndGet(batch.size()));
            double nanos = (double) (System.nanoTime() - start) / pairs.get();
            if (run > 0) {
                best = Math.min(best, nanos);
            }
        }
        return best;
    }
}
