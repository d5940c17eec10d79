package snapfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Bodies are kept per request and store generation, least recently used dropped first past the byte bound. */
class ResponseCacheTest {

    private final List<String> computed = new ArrayList<>();

    @Test
    void get_sameRequestAndGeneration_computesOnceAndReturnsTheSameBody() {
        ResponseCache cache = new ResponseCache(1000);

        Body first = cache.get("/a", 1, body("/a", 10));
        Body again = cache.get("/a", 1, body("/a", 10));

        assertThat(again).isSameAs(first);
        assertThat(computed).containsExactly("/a");
    }

    @Test
    void get_afterTheStoreChanged_neverReturnsTheOlderBody() {
        ResponseCache cache = new ResponseCache(1000);

        Body before = cache.get("/a", 1, body("/a", 10));
        Body after = cache.get("/a", 2, body("/a", 11));

        assertThat(after.bytes()).hasSize(11);
        assertThat(after).isNotSameAs(before);
        assertThat(computed).containsExactly("/a", "/a");
    }

    @Test
    void get_pastTheByteBound_dropsTheLeastRecentlyUsed() {
        ResponseCache cache = new ResponseCache(25);
        cache.get("/a", 1, body("/a", 10));
        cache.get("/b", 1, body("/b", 10));
        cache.get("/a", 1, body("/a", 10));

        cache.get("/c", 1, body("/c", 10));
        cache.get("/a", 1, body("/a", 10));
        cache.get("/b", 1, body("/b", 10));

        assertThat(computed).containsExactly("/a", "/b", "/c", "/b");
    }

    @Test
    void body_etag_changesWithTheBytes() {
        assertThat(Body.of(new byte[] {1, 2}, Body.JSON).etag()).isEqualTo(Body.of(new byte[] {1, 2}, Body.JSON).etag())
                .isNotEqualTo(Body.of(new byte[] {1, 3}, Body.JSON).etag());
    }

    private Supplier<Body> body(String request, int size) {
        return () -> {
            computed.add(request);
            return Body.of(new byte[size], Body.JSON);
        };
    }
}
