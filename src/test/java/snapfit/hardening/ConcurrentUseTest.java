package snapfit.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.InputFileException;
import snapfit.model.PieceId;
import snapfit.pipeline.MatchReport;
import snapfit.pipeline.Matching;
import snapfit.store.CacheLayout;
import snapfit.store.MatchStore;
import snapfit.store.StoreConfig;

/**
 * A notebook reading {@code dataset.db} while the command line writes it: readers on their own connections
 * see only whole states and never fail; two writers are serialised by the busy timeout, and one that waits
 * longer than its timeout fails saying the database is locked.
 */
class ConcurrentUseTest {

    private static final int ROUNDS = 4;

    @TempDir
    Path dir;

    private Path database;
    private Path cache;

    @BeforeEach
    void copyPuzzle() {
        cache = TestPuzzle.cache(TestPuzzle.copyInto(dir));
        database = CacheLayout.database(cache);
    }

    @Test
    void read_whileFullMatchAndSlowClear_seesOnlyWholeStates() throws Exception {
        String matched = CacheRows.of(database).matchState();
        String empty = "0 matches, digest " + CacheSnapshot.sha256(new byte[0]);
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch readerStarted = new CountDownLatch(2);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                    Statement statement = connection.createStatement()) {
                readerStarted.countDown();
                while (writing.get()) {
                    seen.add(CacheRows.matchState(statement));
                    reads.incrementAndGet();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Set<Long> counts = ConcurrentHashMap.newKeySet();
        CompletableFuture<Void> storeReader = CompletableFuture.runAsync(() -> {
            try (MatchStore store = MatchStore.open(database)) {
                readerStarted.countDown();
                while (writing.get()) {
                    counts.add(store.count());
                    assertThat(store.top(3)).hasSizeBetween(0, 3);
                    reads.incrementAndGet();
                }
            }
        });
        readerStarted.await();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                clearSlowly();
                Matching.match(cache, TestPuzzle.matchOptions());
            }
        } finally {
            writing.set(false);
        }
        reader.get();
        storeReader.get();

        assertThat(reads.get()).isGreaterThan(100);
        assertThat(seen).containsExactlyInAnyOrder(matched, empty);
        assertThat(counts).containsExactlyInAnyOrder(0L, (long) CacheRows.of(database).matches().size());
        assertThat(CacheRows.of(database).matchState()).isEqualTo(matched);
        System.err.println("ConcurrentUseTest: " + reads.get() + " reads, all whole states");
    }

    @Test
    void match_twoWritersAtOnce_areSerialisedAndEndInOneState() throws Exception {
        String matched = CacheRows.of(database).matchState();
        List<CompletableFuture<MatchReport>> writers = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            writers.add(CompletableFuture.supplyAsync(() -> Matching.match(cache, TestPuzzle.matchOptions())));
        }

        for (CompletableFuture<MatchReport> writer : writers) {
            assertThat(writer.get().stored()).isEqualTo(CacheRows.of(database).matches().size());
        }
        assertThat(CacheRows.of(database).matchState()).isEqualTo(matched);
    }

    @Test
    void writeMatches_whileAnotherWriterHoldsLongerThanTimeout_failsSayingLocked() throws Exception {
        String before = CacheRows.of(database).matchState();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> {
            try (MatchStore store = MatchStore.open(database)) {
                return store.replaceMatches(writer -> {
                    holding.countDown();
                    awaitQuietly(release);
                }, List.of());
            }
        });
        holding.await();
        try (MatchStore second = MatchStore.open(database, new StoreConfig(200, 8))) {
            assertThatThrownBy(() -> second.markMatched(List.of(new PieceId("sheet_00", 0))))
                    .isExactlyInstanceOf(InputFileException.class)
                    .hasMessageContaining(database.toString())
                    .hasMessageContaining("the database is locked by another process")
                    .hasMessageContaining("close it and retry");
            assertThat(CacheRows.of(database).matchState()).isEqualTo(before);
        } finally {
            release.countDown();
        }
        assertThat(first.get()).isZero();
        assertThat(CacheRows.of(database).matches()).isEmpty();
    }

    /** Removes every match in one transaction that stays open about 300 ms, the time a large write takes. */
    private void clearSlowly() {
        try (MatchStore store = MatchStore.open(database)) {
            store.replaceMatches(writer -> sleepQuietly(300), List.of());
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
