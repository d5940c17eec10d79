package snapfit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.bench.SyntheticCache;
import snapfit.model.InputFileException;
import snapfit.model.MatchResult;
import snapfit.model.SegmentId;
import snapfit.model.SheetRecord;
import snapfit.puzzle.Piece;
import snapfit.puzzle.Segment;
import snapfit.store.CacheLayout;
import snapfit.store.MatchFilter;
import snapfit.store.MatchStore;
import snapfit.store.Metadata;
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

        Path atOnceDir = inTwoParts(dir.resolve("at-once"));
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

    @Test
    void match_keepBestIncrementalAfterHalf_equalsOneFullMatchOnAnyThreadCount() {
        Matching.Options keepFive = Matching.Options.defaults().withKeepBest(OptionalInt.of(5));
        SyntheticCache stepwise = new SyntheticCache(Generator.plan(PUZZLE));
        Path stepwiseDir = dir.resolve("stepwise");
        stepwise.add(stepwiseDir, 18, "sheet");
        Matching.match(stepwiseDir, keepFive.withThreads(1));
        stepwise.add(stepwiseDir, 18, "later");
        Matching.match(stepwiseDir, Matching.Options.defaults().withIncremental(true));

        Path atOnce = inTwoParts(dir.resolve("at-once"));
        Path everyPair = inTwoParts(dir.resolve("every-pair"));
        Matching.match(atOnce, keepFive.withThreads(2));
        Matching.match(everyPair, Matching.Options.defaults());

        List<MatchResult> pruned = stored(atOnce);
        assertThat(stored(stepwiseDir)).isEqualTo(pruned);
        assertThat(pruned.size()).isBetween(36 * 4 * 5 / 2, 36 * 4 * 5);
        try (MatchStore prunedStore = MatchStore.open(CacheLayout.database(atOnce));
                MatchStore fullStore = MatchStore.open(CacheLayout.database(everyPair))) {
            assertThat(prunedStore.keptPerSegment()).hasValue(5);
            assertThat(fullStore.keptPerSegment()).isEmpty();
            for (SegmentId segment : List.of(SegmentId.parse("sheet_000:0:right"), SegmentId.parse("later_001:5:top"))) {
                assertThat(prunedStore.topForSegment(segment, 5)).isEqualTo(fullStore.topForSegment(segment, 5));
            }
        }
    }

    @Test
    void match_keepBestIncrementalAfterASheetLostPieces_equalsOneFullMatch() {
        Matching.Options keepThree = Matching.Options.defaults().withKeepBest(OptionalInt.of(3));
        Path stepwise = prunedThenSheetReingestedWithHalfItsPieces(dir.resolve("stepwise"), keepThree);
        Path atOnce = prunedThenSheetReingestedWithHalfItsPieces(dir.resolve("at-once"), keepThree);

        MatchReport again = Matching.match(stepwise, Matching.Options.defaults().withIncremental(true));
        Matching.match(atOnce, keepThree);

        assertThat(again.incremental()).as("pruned pairs of the lost pieces' partners are scored again").isFalse();
        assertThat(stored(stepwise)).isEqualTo(stored(atOnce));
    }

    /**
     * 36 pieces matched keeping the best K, then sheet_000 ingested again with only 6 of its 12 pieces: their
     * partners' best K lose the pairs with the 6 others, and pairs pruned before may belong among them again.
     */
    private static Path prunedThenSheetReingestedWithHalfItsPieces(Path cacheDir, Matching.Options keepBest) {
        SyntheticCache cache = new SyntheticCache(Generator.plan(PUZZLE));
        List<Piece> first = cache.add(cacheDir, 18, "sheet");
        cache.add(cacheDir, 18, "later");
        Matching.match(cacheDir, keepBest);
        List<Piece> half = first.subList(0, SyntheticCache.PIECES_PER_SHEET / 2);
        try (MatchStore store = MatchStore.open(CacheLayout.database(cacheDir))) {
            SheetRecord sheet = store.sheets().stream().filter(s -> s.sheetId().equals("sheet_000")).findFirst()
                    .orElseThrow();
            store.ingest(new Metadata(List.of(new SheetRecord(sheet.sheetId(), sheet.imgPath(), half.size(),
                    sheet.threshold(), sheet.minArea(), sheet.createdAt())), half.stream().map(Piece::toRecord).toList()),
                    Matching.segmentsOf(half), stored -> { });
            assertThat(store.keptPartnersStale()).isTrue();
        }
        return cacheDir;
    }

    @Test
    void match_fullAgainWithKeepBest_keepsAPersonsScoreOnAPairItPrunes() {
        Path cache = cacheOf(dir.resolve("cache"), 24);
        Matching.match(cache, Matching.Options.defaults());
        MatchResult worst;
        try (MatchStore store = MatchStore.open(CacheLayout.database(cache))) {
            List<MatchResult> all = store.top(Integer.MAX_VALUE);
            worst = all.get(all.size() - 1);
            store.setManual(worst.segId1(), worst.segId2(), 0.0625f);
        }

        Matching.match(cache, Matching.Options.defaults().withKeepBest(OptionalInt.of(2)));

        try (MatchStore store = MatchStore.open(CacheLayout.database(cache))) {
            assertThat(store.pair(worst.segId1(), worst.segId2()))
                    .contains(worst.withSimilarityManual(0.0625f));
            assertThat(store.count()).isLessThan(24 * 4 * 2);
        }
    }

    @Test
    void match_incrementalAskingForAnotherKeepBest_isRefusedAndChangesNothing() {
        Path cache = cacheOf(dir.resolve("cache"), 24);
        Matching.match(cache, Matching.Options.defaults().withKeepBest(OptionalInt.of(5)));
        List<MatchResult> before = stored(cache);

        assertThatThrownBy(() -> Matching.match(cache, Matching.Options.defaults().withIncremental(true)
                .withKeepBest(OptionalInt.of(8))))
                .isInstanceOf(InputFileException.class).hasMessageContaining("keep the best 5 partners per segment")
                .hasMessageContaining("without --incremental");
        assertThat(stored(cache)).isEqualTo(before);
    }

    /** The puzzle's 36 pieces, the first 18 on sheets "sheet_...", the others on sheets "later_...". */
    private static Path inTwoParts(Path cacheDir) {
        SyntheticCache cache = new SyntheticCache(Generator.plan(PUZZLE));
        cache.add(cacheDir, 18, "sheet");
        cache.add(cacheDir, 18, "later");
        return cacheDir;
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
