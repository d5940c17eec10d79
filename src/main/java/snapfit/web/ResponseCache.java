package snapfit.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Response bodies of GET requests, by request and store generation ({@link StorePool}), least recently used
 * dropped first once they take more than {@code maxBytes}. The store is read far more often than written, and a
 * piece's best matches cost SQLite a sort of its ~6,000 rows while a cached body costs a map lookup. A body of an
 * older generation is never returned. Thread-safe.
 */
final class ResponseCache {

    private record Key(String request, long generation) {
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, Body> bodies = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    ResponseCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("response cache size " + maxBytes + " bytes must be >= 0");
        }
        this.maxBytes = maxBytes;
    }

    /** The cached body of {@code request} at {@code generation}, or the one {@code compute} makes, then kept. */
    Body get(String request, long generation, Supplier<Body> compute) {
        Key key = new Key(request, generation);
        synchronized (this) {
            Body cached = bodies.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Body body = compute.get();
        synchronized (this) {
            Body previous = bodies.put(key, body);
            bytes += body.bytes().length - (previous == null ? 0 : previous.bytes().length);
            evict();
        }
        return body;
    }

    private void evict() {
        Iterator<Map.Entry<Key, Body>> eldest = bodies.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().bytes().length;
            eldest.remove();
        }
    }
}
