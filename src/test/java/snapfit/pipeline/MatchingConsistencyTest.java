package snapfit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.MatchResult;
import snapfit.puzzle.Segment;
import snapfit.store.CacheLayout;
import snapfit.store.CachedPuzzle;
import snapfit.store.MatchFilter;
import snapfit.store.MatchStore;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;

/** Matching through the store gives the same matches whatever the thread count or the order of arrival. */
class MatchingConsistencyTest {

    private static final GeneratorConfig PUZZLE = GeneratorConfig.defaults().withSize(6, 6).withSeed(11);

    @TempDir
    Path dir;

    @Test
    void match_oneOrTwoThreads_storeIdenticalMatches() {
        Path single = cacheOf(dir.resolve("single"), 36);
        Path two = cacheOf(dir.resolve("two"), 36);

        Matching.match(single, Matching.Options.defaults().withThreads(1));
        Matching.match(two, Matching.Options.defaults().withThreads(2));

        assertThat(stored(single)).hasSizeGreaterThan(1000).isEqualTo(stored(two));
    }

    @Test
    void match_incrementalAfterHalf_equalsOneFullMatch() {
        SyntheticCache stepwise = new SyntheticCache(Generator.plan(PUZZLE));
        Path stepwiseDir = dir.resolve("stepwise");
        stepwise.add(stepwiseDir, 18, "sheet");
        Matching.match(stepwiseDir, Matching.Options.defaults());
        stepwise.add(stepwiseDir, 18, "later");
        MatchReport incremental = Matching.match(stepwiseDir, Matching.Options.defaults().withIncremental(true));

        SyntheticCache atOnce = new SyntheticCache(Generator.plan(PUZZLE));
        Path atOnceDir = dir.resolve("at-once");
        atOnce.add(atOnceDir, 18, "sheet");
        atOnce.add(atOnceDir, 18, "later");
        Matching.match(atOnceDir, Matching.Options.defaults());

        assertThat(incremental.newPieces()).isEqualTo(18);
        assertThat(stored(stepwiseDir)).hasSizeGreaterThan(1000).isEqualTo(stored(atOnceDir));
    }

    @Test
    void match_incrementalAfterIngestingASecondPhoto_keepsTheFirstPhotosMatches() throws IOException {
        Path generated = dir.resolve("generated");
        Generator.generate(GeneratorConfig.defaults().withClean(true), generated, (done, total) -> {
        });
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.move(generated.resolve("sheets/sheet_00.png"), first.resolve("sheet_00.png"));
        Files.move(generated.resolve("sheets/sheet_01.png"), second.resolve("sheet_01.png"));

        Path stepwise = dir.resolve("stepwise");
        ingest(first, stepwise);
        Matching.match(stepwise, Matching.Options.defaults());
        ingest(second, stepwise);
        MatchReport incremental = Matching.match(stepwise, Matching.Options.defaults().withIncremental(true));

        Path atOnce = dir.resolve("at-once");
        ingest(first, atOnce);
        ingest(second, atOnce);
        Matching.match(atOnce, Matching.Options.defaults());

        assertThat(incremental.newPieces()).as("only the second photo's pieces are new").isEqualTo(12);
        assertThat(stored(stepwise)).hasSizeGreaterThan(100).isEqualTo(stored(atOnce));
    }

    @Test
    void match_segmentsKeptAtIngestOrRebuiltFromContours_storeIdenticalMatches() throws SQLException {
        Path kept = cacheOf(dir.resolve("kept"), 24);
        Path rebuilt = cacheOf(dir.resolve("rebuilt"), 24);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + CacheLayout.database(rebuilt));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM segments");
        }

        Matching.match(kept, Matching.Options.defaults());
        Matching.match(rebuilt, Matching.Options.defaults());

        try (MatchStore store = MatchStore.open(CacheLayout.database(kept))) {
            assertThat(store.segments()).hasSize(4 * 24)
                    .containsAllEntriesOf(Matching.segmentsOf(CachedPuzzle.reconstruct(kept).allPieces()).stream()
                            .collect(Collectors.toMap(Segment::id, segment -> segment)));
        }
        assertThat(stored(kept)).hasSizeGreaterThan(500).isEqualTo(stored(rebuilt));
    }

    private Path cacheOf(Path cacheDir, int pieces) {
        new SyntheticCache(Generator.plan(PUZZLE)).add(cacheDir, pieces, "sheet");
        return cacheDir;
    }

    private void ingest(Path images, Path cacheDir) {
        IngestReport report = Ingestion.ingest(images, cacheDir, Ingestion.Options.defaultsFor(images, cacheDir),
                snapfit.puzzle.SheetLoadListener.NONE);
        assertThat(report.failures()).isEmpty();
    }

    private static List<MatchResult> stored(Path cacheDir) {
        try (MatchStore store = MatchStore.open(CacheLayout.database(cacheDir));
                Stream<MatchResult> matches = store.stream(MatchFilter.all())) {
            return matches.toList();
        }
    }
}
