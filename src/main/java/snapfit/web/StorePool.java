package snapfit.web;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import snapfit.pipeline.CacheFolder;
import snapfit.store.MatchStore;

/**
 * A fixed set of open {@link MatchStore}s on one cache's {@code dataset.db}, lent to one request at a time (a
 * store is not thread-safe), and the cache's generation: a number that changes whenever the database may have
 * changed, so that responses computed before are not served after. A commit by another process (or another
 * store) shows as a changed {@link MatchStore#dataVersion()} on the next store lent; a write through this pool
 * bumps the generation itself. The first store is opened at once (refusing a folder that is not a cache), the
 * others when concurrent requests first need them. Thread-safe.
 */
final class StorePool implements AutoCloseable {

    private final Path cacheDir;
    private final int size;
    private final BlockingQueue<Lent> idle;
    private final AtomicLong generation = new AtomicLong();
    private int opened;

    /** A store and the data version it saw when last lent. */
    private static final class Lent {
        final MatchStore store;
        long seenVersion;

        Lent(MatchStore store) {
            this.store = store;
            this.seenVersion = store.dataVersion();
        }
    }

    /** Opens the first of at most {@code size} stores on the cache folder; refuses a folder that is not a cache. */
    StorePool(Path cacheDir, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool of " + size + " stores cannot lend one: use 1 or more");
        }
        this.cacheDir = cacheDir;
        this.size = size;
        idle = new ArrayBlockingQueue<>(size);
        idle.add(new Lent(CacheFolder.openStore(cacheDir)));
        opened = 1;
    }

    /** Runs read-only {@code work} on a store, with the generation that the data it reads belongs to. */
    <T> T read(Reader<T> work) {
        Lent lent = borrow();
        try {
            long version = lent.store.dataVersion();
            if (version != lent.seenVersion) {
                lent.seenVersion = version;
                generation.incrementAndGet();
            }
            return work.read(lent.store, generation.get());
        } finally {
            idle.add(lent);
        }
    }

    /** Runs {@code work}, which writes, on a store; responses cached before it are not served after it. */
    <T> T write(Function<MatchStore, T> work) {
        Lent lent = borrow();
        try {
            return work.apply(lent.store);
        } finally {
            generation.incrementAndGet();
            idle.add(lent);
        }
    }

    /** Read-only work on a lent store. */
    @FunctionalInterface
    interface Reader<T> {
        T read(MatchStore store, long generation);
    }

    private Lent borrow() {
        Lent lent = idle.poll();
        if (lent != null || (lent = openAnother()) != null) {
            return lent;
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.unavailable("the server is stopping", "retry once `snapfit serve` runs again");
        }
    }

    /** A newly opened store while fewer than {@code size} are open, else null. */
    private Lent openAnother() {
        synchronized (this) {
            if (opened == size) {
                return null;
            }
            opened++;
        }
        try {
            return new Lent(CacheFolder.openStore(cacheDir));
        } catch (RuntimeException e) {
            synchronized (this) {
                opened--;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        Lent lent;
        while ((lent = idle.poll()) != null) {
            lent.store.close();
        }
    }
}
