package snapfit.match;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.puzzle.Segment;

/**
 * Scores segment pairs of different pieces: all of them, or only those involving new pieces.
 *
 * <p>Work is spread over a fixed number of scoring threads that take blocks of columns of the upper
 * triangle of the pair matrix. Each pair's score depends only on the two segments, so the results are
 * the same whatever the thread count; only their delivery order varies. Pairs that cannot interlock
 * (see {@link EdgeScorer#compatible}) are not scored. Nothing is kept per pair: scores go to the
 * {@link MatchSink} in batches, which the calling thread delivers while the scoring threads go on
 * (see {@link BatchRelay}).
 *
 * <p>Immutable after construction and safe to use from several threads, though each run already uses
 * all the threads it was given.
 */
public final class PieceMatcher {

    private static final int COLUMNS_PER_TASK = 8;
    private static final int BATCH_SIZE = 16_384;
    /** Batches circulating per scoring thread: one being filled, one queued, one being written. */
    private static final int BATCHES_PER_THREAD = 3;

    private final List<SegmentId> segmentIds;
    private final Map<SegmentId, Integer> numbers;
    private final int[] pieceOf;
    private final EdgeScorer scorer;
    private final int threads;

    /**
     * @param segments every segment to match; a segment's number is its position in this list
     * @param threads  worker threads, at least 1
     */
    public PieceMatcher(List<Segment> segments, ScoreConfig config, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " must be at least 1");
        }
        this.threads = threads;
        this.segmentIds = segments.stream().map(Segment::id).toList();
        this.numbers = new HashMap<>();
        this.pieceOf = new int[segments.size()];
        Map<PieceId, Integer> pieceNumbers = new HashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            SegmentId id = segmentIds.get(s);
            if (numbers.put(id, s) != null) {
                throw new IllegalArgumentException("segment " + id + " is listed twice");
            }
            pieceOf[s] = pieceNumbers.computeIfAbsent(id.pieceId(), piece -> pieceNumbers.size());
        }
        this.scorer = new EdgeScorer(new EdgeFrames(segments), config);
    }

    /** A matcher using every available processor. */
    public static PieceMatcher usingAllCores(List<Segment> segments, ScoreConfig config) {
        return new PieceMatcher(segments, config, Runtime.getRuntime().availableProcessors());
    }

    public int segmentCount() {
        return segmentIds.size();
    }

    /** The id of segment number {@code number}. */
    public SegmentId segmentId(int number) {
        return segmentIds.get(number);
    }

    /** Scores every compatible pair of segments of different pieces. */
    public MatchStats matchAll(MatchSink sink) {
        return run(new boolean[segmentIds.size()], true, sink);
    }

    /** Scores only the compatible pairs that involve at least one of {@code newPieces}. */
    public MatchStats matchIncremental(Set<PieceId> newPieces, MatchSink sink) {
        boolean[] isNew = new boolean[segmentIds.size()];
        for (int s = 0; s < isNew.length; s++) {
            isNew[s] = newPieces.contains(segmentIds.get(s).pieceId());
        }
        return run(isNew, false, sink);
    }

    /** Every compatible pair's score, collected in memory: for small puzzles and tests. */
    public List<MatchResult> matchAllToList() {
        List<MatchResult> results = new ArrayList<>();
        matchAll(batch -> {
            for (int i = 0; i < batch.size(); i++) {
                results.add(MatchResult.of(segmentId(batch.segmentA(i)), segmentId(batch.segmentB(i)),
                        batch.similarity(i)));
            }
        });
        return results;
    }

    /**
     * The score of one pair, whether or not the gates would let it through.
     *
     * @throws IllegalArgumentException for a segment this matcher does not hold, or a pair of one piece
     */
    public float matchPair(SegmentId a, SegmentId b) {
        if (a.pieceId().equals(b.pieceId())) {
            throw new IllegalArgumentException(a + " and " + b + " belong to the same piece: it cannot fit itself");
        }
        return scorer.score(numberOf(a), numberOf(b));
    }

    /** Whether the pair passes the shape and length gates, i.e. whether a full run scores it. */
    public boolean isCompatible(SegmentId a, SegmentId b) {
        return !a.pieceId().equals(b.pieceId()) && scorer.compatible(numberOf(a), numberOf(b));
    }

    private int numberOf(SegmentId id) {
        Integer number = numbers.get(id);
        if (number == null) {
            throw new IllegalArgumentException("segment " + id + " is not among the " + numbers.size()
                    + " segments being matched; check the id with `snapfit query --piece`");
        }
        return number;
    }

    private MatchStats run(boolean[] isNew, boolean all, MatchSink sink) {
        long start = System.nanoTime();
        int[] newSegments = all ? new int[0] : numbersWhere(isNew);
        AtomicInteger nextColumn = new AtomicInteger();
        AtomicLong considered = new AtomicLong();
        AtomicLong scored = new AtomicLong();
        BatchRelay relay = new BatchRelay(threads, BATCHES_PER_THREAD * threads, BATCH_SIZE);
        Callable<Void> worker = () -> {
            try {
                PairCounts counts = scoreColumns(nextColumn, isNew, all, newSegments, relay);
                considered.addAndGet(counts.considered());
                scored.addAndGet(counts.scored());
            } finally {
                relay.finished();
            }
            return null;
        };
        long sinkNanos = runOnThreads(worker, relay, sink);
        return new MatchStats(considered.get(), scored.get(), Duration.ofNanos(System.nanoTime() - start),
                Duration.ofNanos(sinkNanos));
    }

    private record PairCounts(long considered, long scored) {
    }

    /**
     * Takes blocks of columns b of the upper triangle until none is left and scores pairs (a, b), a < b, of
     * different pieces: every a for a full run or a new b; only the new a otherwise, taken from the sorted
     * {@code newSegments} rather than by visiting every a. Column by column, pairs come out grouped by their
     * higher segment, the order in which a store keyed by the higher segment's block appends them.
     */
    private PairCounts scoreColumns(AtomicInteger nextColumn, boolean[] isNew, boolean all, int[] newSegments,
            BatchRelay relay) throws InterruptedException {
        MatchBatch batch = relay.emptyBatch();
        long considered = 0;
        long scored = 0;
        int count = segmentIds.size();
        for (int column = nextColumn.getAndAdd(COLUMNS_PER_TASK); column < count;
                column = nextColumn.getAndAdd(COLUMNS_PER_TASK)) {
            for (int b = column; b < Math.min(column + COLUMNS_PER_TASK, count); b++) {
                boolean everyA = all || isNew[b];
                int end = everyA ? b : firstAbove(newSegments, b - 1);
                for (int i = 0; i < end; i++) {
                    int a = everyA ? i : newSegments[i];
                    if (pieceOf[a] == pieceOf[b]) {
                        continue;
                    }
                    considered++;
                    if (!scorer.compatible(a, b)) {
                        continue;
                    }
                    scored++;
                    batch.add(a, b, scorer.score(a, b));
                    if (batch.isFull()) {
                        relay.pass(batch);
                        batch = relay.emptyBatch();
                    }
                }
            }
        }
        relay.pass(batch);
        return new PairCounts(considered, scored);
    }

    private static int[] numbersWhere(boolean[] flags) {
        int[] numbers = new int[flags.length];
        int size = 0;
        for (int s = 0; s < flags.length; s++) {
            if (flags[s]) {
                numbers[size++] = s;
            }
        }
        return Arrays.copyOf(numbers, size);
    }

    /** The position in the ascending {@code numbers} of the first value above {@code a}. */
    private static int firstAbove(int[] numbers, int a) {
        int position = Arrays.binarySearch(numbers, a + 1);
        return position >= 0 ? position : -position - 1;
    }

    /**
     * Runs {@code threads} copies of {@code worker} on a pool while this thread delivers their batches to
     * the sink; a failure on either side stops the other.
     *
     * @return nanoseconds spent inside the sink
     */
    private long runOnThreads(Callable<Void> worker, BatchRelay relay, MatchSink sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "snapfit-matcher");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(worker));
            }
            long sinkNanos = relay.deliverAll(sink);
            for (Future<Void> future : futures) {
                future.get();
            }
            return sinkNanos;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("matching was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("a matching thread failed", e.getCause());
        } finally {
            // Wakes scoring threads still waiting for an empty batch when the sink failed.
            pool.shutdownNow();
        }
    }
}
