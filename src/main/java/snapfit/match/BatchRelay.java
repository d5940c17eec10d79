package snapfit.match;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Carries full {@link MatchBatch}es from the scoring threads to the one thread that runs the
 * {@link MatchSink}, so that scoring goes on while the sink writes (to SQLite, typically) instead of
 * queueing on a lock. A fixed set of batches circulates between an empty queue and a full one: a
 * scoring thread that gets ahead of the sink waits for an empty batch, which bounds memory at
 * {@code batches * capacity} pairs whatever the puzzle's size. Thread-safe.
 */
final class BatchRelay {

    /** Put by each producer when it is done; never handed to a sink. */
    private static final MatchBatch END = new MatchBatch(0);

    private final int producers;
    private final BlockingQueue<MatchBatch> empty;
    private final BlockingQueue<MatchBatch> full;

    /**
     * @param producers threads that will call {@link #finished()} once each
     * @param batches   batches in circulation, at least one per producer
     * @param capacity  pairs per batch
     */
    BatchRelay(int producers, int batches, int capacity) {
        if (producers < 1 || batches < producers) {
            throw new IllegalArgumentException(batches + " batches for " + producers
                    + " producers: need at least one producer and one batch each");
        }
        this.producers = producers;
        this.empty = new ArrayBlockingQueue<>(batches);
        this.full = new ArrayBlockingQueue<>(batches + producers);
        for (int i = 0; i < batches; i++) {
            empty.add(new MatchBatch(capacity));
        }
    }

    /** An empty batch to fill; waits while every batch is full or being delivered. */
    MatchBatch emptyBatch() throws InterruptedException {
        return empty.take();
    }

    /** Hands a batch taken from {@link #emptyBatch()} to the delivering thread. */
    void pass(MatchBatch batch) throws InterruptedException {
        full.put(batch);
    }

    /** Tells the delivering thread that this producer will pass nothing more. Call once per producer. */
    void finished() {
        // Never blocks: the queue holds every batch plus one end mark per producer.
        full.add(END);
    }

    /**
     * Runs {@code sink} on every batch passed, on the calling thread, until every producer has finished.
     *
     * @return nanoseconds spent inside the sink
     */
    long deliverAll(MatchSink sink) throws InterruptedException {
        long sinkNanos = 0;
        int finished = 0;
        while (finished < producers) {
            MatchBatch batch = full.take();
            if (batch == END) {
                finished++;
                continue;
            }
            if (batch.size() > 0) {
                long start = System.nanoTime();
                sink.accept(batch);
                sinkNanos += System.nanoTime() - start;
            }
            batch.clear();
            empty.add(batch);
        }
        return sinkNanos;
    }
}
