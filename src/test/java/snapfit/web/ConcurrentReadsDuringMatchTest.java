package snapfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.pipeline.Matching;

/**
 * While {@code snapfit match} rewrites every match in one transaction (deleting them all, then inserting them
 * again), readers of the API see the whole old state or the whole new one, never the empty or half-filled table
 * in between; a manual score written meanwhile waits for the match's lock and is kept.
 */
class ConcurrentReadsDuringMatchTest {

    private static final int MATCH_ROUNDS = 10;
    private static final int READERS = 4;

    @TempDir
    Path root;

    WebServer server;
    Http http;

    @BeforeEach
    void serve() {
        ServedPuzzle.copyInto(root);
        server = ServedPuzzle.serve(root);
        http = new Http(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsDuringFullMatches_seeEveryMatchOrNoneMissing() throws Exception {
        int stored = http.get("/api/matches/count").json().get("count").asInt();
        int ofPiece = http.get("/api/pieces/sheet_00:1/matches?limit=0").json().get("total").asInt();
        Set<Integer> counts = ConcurrentHashMap.newKeySet();
        Set<Integer> pieceTotals = ConcurrentHashMap.newKeySet();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        AtomicBoolean matching = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        for (int reader = 0; reader < READERS; reader++) {
            readers.submit(() -> {
                while (matching.get()) {
                    Http.Answer count = http.get("/api/matches/count");
                    Http.Answer page = http.get("/api/pieces/sheet_00:1/matches?limit=1000");
                    if (count.status() != 200 || page.status() != 200) {
                        failures.add(count.status() + " " + count.text() + " / " + page.status() + " " + page.text());
                    } else {
                        counts.add(count.json().get("count").asInt());
                        pieceTotals.add(page.json().get("items").size());
                    }
                    reads.incrementAndGet();
                }
            });
        }
        for (int round = 0; round < MATCH_ROUNDS; round++) {
            Matching.match(ServedPuzzle.cache(root), ServedPuzzle.matchOptions());
        }
        matching.set(false);
        readers.shutdown();
        assertThat(readers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(failures).isEmpty();
        assertThat(reads.get()).isGreaterThan(MATCH_ROUNDS);
        assertThat(counts).containsExactly(stored);
        assertThat(pieceTotals).containsExactly(ofPiece);
    }

    @Test
    void manualScoreWrittenDuringAMatch_waitsForItAndIsKept() throws Exception {
        String pair = "a=sheet_00:1:left&b=" + http.partnerOf("sheet_00:1:left", 0);
        ExecutorService matcher = Executors.newSingleThreadExecutor();
        Future<?> match = matcher.submit(() -> Matching.match(ServedPuzzle.cache(root), ServedPuzzle.matchOptions()));

        Http.Answer set = http.put("/api/matches/pair/manual?" + pair, "{\"similarity_manual\": 0.25}");
        match.get(60, TimeUnit.SECONDS);
        matcher.shutdown();

        assertThat(set.status()).as(set.text()).isEqualTo(200);
        assertThat(http.get("/api/matches/pair?" + pair).json().get("similarity_manual").floatValue()).isEqualTo(0.25f);
    }
}
