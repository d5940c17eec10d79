package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PieceType;
import snapfit.model.SegmentId;
import snapfit.model.SheetRecord;
import snapfit.model.Similarity;
import snapfit.puzzle.Segment;

class MatchStoreTest {

    /** A sheet id full of SQL and quotes: it must only ever be bound as a parameter. */
    private static final String NASTY_SHEET = "x'); DROP TABLE matches; --\"";
    private static final Metadata METADATA = new Metadata(
            List.of(StoreFixtures.sheet("a", 2), StoreFixtures.sheet(NASTY_SHEET, 1)),
            List.of(StoreFixtures.edgePiece("a", 0), StoreFixtures.cornerPiece("a", 1),
                    StoreFixtures.edgePiece(NASTY_SHEET, 5)));
    private static final SegmentId A0_LEFT = SegmentId.parse("a:0:left");
    private static final SegmentId A0_RIGHT = SegmentId.parse("a:0:right");
    private static final SegmentId A1_BOTTOM = SegmentId.parse("a:1:bottom");
    private static final SegmentId A1_RIGHT = SegmentId.parse("a:1:right");
    private static final SegmentId X5_TOP = SegmentId.parse(NASTY_SHEET + ":5:top");

    @TempDir
    Path dir;
    private Path dbFile;
    private MatchStore store;

    @BeforeEach
    void openStore() {
        dbFile = dir.resolve("dataset.db");
        store = MatchStore.open(dbFile);
        store.ingest(METADATA);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void metadata_afterIngest_equalsIngestedRecordsInIdOrder() {
        assertThat(store.metadata().sheets()).containsExactlyInAnyOrderElementsOf(METADATA.sheets());
        assertThat(store.pieces()).containsExactlyElementsOf(METADATA.pieces().stream().sorted(
                (p, q) -> p.pieceId().compareTo(q.pieceId())).toList());
    }

    @Test
    void pieces_ofType_returnsOnlyThatType() {
        assertThat(store.pieces(PieceType.CORNER)).extracting(PieceRecord::pieceId)
                .containsExactly(new PieceId("a", 1));
        assertThat(store.pieces(PieceType.INNER)).isEmpty();
    }

    @Test
    void ingest_sameSheetAgain_keepsKeysAndRemovesItsMatchesAndFlags() {
        writeThreeMatches();
        store.markMatched(List.of(new PieceId("a", 0), new PieceId(NASTY_SHEET, 5)));
        int keyBefore = store.pieceKeys().keyOf(new PieceId("a", 0));

        store.ingest(new Metadata(List.of(StoreFixtures.sheet("a", 1)), List.of(StoreFixtures.edgePiece("a", 0))));

        assertThat(store.pieceKeys().keyOf(new PieceId("a", 0))).isEqualTo(keyBefore);
        assertThat(store.pieceKeys().find(new PieceId("a", 1))).isEmpty();
        assertThat(store.pieces()).hasSize(2);
        assertThat(store.count()).isZero();
        assertThat(store.matchedPieces()).containsExactly(new PieceId(NASTY_SHEET, 5));
    }

    @Test
    void ingest_otherSheet_leavesExistingMatches() {
        writeThreeMatches();

        store.ingest(new Metadata(List.of(StoreFixtures.sheet("b", 1)), List.of(StoreFixtures.edgePiece("b", 0))));

        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void stream_all_returnsEveryMatchBestFirstWithSmallerSegmentFirst() {
        writeThreeMatches();

        try (Stream<MatchResult> matches = store.stream(MatchFilter.all())) {
            assertThat(matches).containsExactly(
                    MatchResult.of(A0_RIGHT, A1_BOTTOM, 0.125f),
                    MatchResult.of(A1_RIGHT, X5_TOP, 0.25f),
                    MatchResult.of(A0_LEFT, X5_TOP, 0.5f));
        }
    }

    @Test
    void stream_pieceFilter_returnsMatchesOnEitherSide() {
        writeThreeMatches();

        assertThat(collect(MatchFilter.ofPiece(new PieceId(NASTY_SHEET, 5))))
                .extracting(MatchResult::similarity).containsExactly(0.25f, 0.5f);
        assertThat(collect(MatchFilter.ofPiece(new PieceId("a", 0))))
                .extracting(MatchResult::similarity).containsExactly(0.125f, 0.5f);
    }

    @Test
    void stream_segmentFilterWithMaxSimilarity_keepsOnlyGoodEnoughMatches() {
        writeThreeMatches();

        assertThat(collect(MatchFilter.ofSegment(X5_TOP).withMaxSimilarity(0.3f)))
                .containsExactly(MatchResult.of(A1_RIGHT, X5_TOP, 0.25f));
        assertThat(collect(MatchFilter.all().withMaxSimilarity(0.25f))).hasSize(2);
    }

    @Test
    void stream_limitAndOffset_pageThroughTheRanking() {
        writeThreeMatches();

        assertThat(collect(MatchFilter.all().withOffset(1).withLimit(1)))
                .extracting(MatchResult::similarity).containsExactly(0.25f);
        assertThat(collect(MatchFilter.all().withOffset(3))).isEmpty();
    }

    @Test
    void countOfFilter_isWhatItsStreamReturnsIgnoringLimitAndOffset() {
        writeThreeMatches();
        store.setManual(X5_TOP, A0_LEFT, 0.0625f);

        assertThat(store.count(MatchFilter.all().withLimit(1).withOffset(2))).isEqualTo(3);
        assertThat(store.count(MatchFilter.ofPiece(new PieceId(NASTY_SHEET, 5)))).isEqualTo(2);
        assertThat(store.count(MatchFilter.ofSegment(X5_TOP).withMaxSimilarity(0.1f))).isEqualTo(1);
        assertThat(store.count(MatchFilter.all().withMaxSimilarity(0.125f)))
                .isEqualTo(collect(MatchFilter.all().withMaxSimilarity(0.125f)).size()).isEqualTo(2);
    }

    @Test
    void stream_manyMatches_agreesWithNaiveSortAcrossBothTiers() {
        List<MatchResult> written = new ArrayList<>();
        store.writeMatches(writer -> {
            SegmentId[] segments = {A0_LEFT, A0_RIGHT, A1_BOTTOM, A1_RIGHT, X5_TOP,
                    SegmentId.parse("a:1:top"), SegmentId.parse("a:0:top"), SegmentId.parse(NASTY_SHEET + ":5:left")};
            int score = 100;
            for (SegmentId a : segments) {
                for (SegmentId b : segments) {
                    if (a.compareTo(b) < 0 && !a.pieceId().equals(b.pieceId())) {
                        float similarity = Similarity.fromFixedPoint(score = score * 37 % 1009 + 1);
                        writer.add(a, b, similarity);
                        written.add(MatchResult.of(a, b, similarity));
                    }
                }
            }
        });
        store.setManual(written.get(3).segId1(), written.get(3).segId2(), 0f);
        store.setManual(written.get(5).segId1(), written.get(5).segId2(), 1.0f);
        List<MatchResult> expected = new ArrayList<>(written);
        expected.set(3, expected.get(3).withSimilarityManual(0f));
        expected.set(5, expected.get(5).withSimilarityManual(1.0f));
        PieceKeys keys = store.pieceKeys();
        expected.sort((p, q) -> p.effectiveSimilarity() != q.effectiveSimilarity()
                ? Float.compare(p.effectiveSimilarity(), q.effectiveSimilarity())
                : Long.compare(pairKey(keys, p), pairKey(keys, q)));

        for (int offset : new int[] {0, 1, 2, 5, expected.size() - 1}) {
            assertThat(collect(MatchFilter.all().withOffset(offset).withLimit(7)))
                    .as("offset %d", offset)
                    .containsExactlyElementsOf(expected.subList(offset, Math.min(expected.size(), offset + 7)));
        }
        float threshold = expected.get(expected.size() / 2).effectiveSimilarity();
        assertThat(collect(MatchFilter.all().withMaxSimilarity(threshold)))
                .containsExactlyElementsOf(expected.stream().filter(m -> m.effectiveSimilarity() <= threshold).toList());
    }

    @Test
    void pair_eitherOrder_findsTheMatch() {
        writeThreeMatches();

        assertThat(store.pair(X5_TOP, A1_RIGHT)).contains(MatchResult.of(A1_RIGHT, X5_TOP, 0.25f));
        assertThat(store.pair(A1_RIGHT, X5_TOP)).contains(MatchResult.of(A1_RIGHT, X5_TOP, 0.25f));
        assertThat(store.pair(A0_LEFT, A1_BOTTOM)).isEmpty();
    }

    @Test
    void pair_unknownPiece_saysToIngest() {
        assertThatThrownBy(() -> store.pair(A0_LEFT, SegmentId.parse("zz:0:left")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zz:0").hasMessageContaining("ingest");
    }

    @Test
    void topAndTopForSegment_returnBestFirst() {
        writeThreeMatches();

        assertThat(store.top(2)).extracting(MatchResult::similarity).containsExactly(0.125f, 0.25f);
        assertThat(store.topForSegment(X5_TOP, 1)).containsExactly(MatchResult.of(A1_RIGHT, X5_TOP, 0.25f));
    }

    @Test
    void writeMatches_samePairAgain_updatesScoreAndKeepsManual() {
        writeThreeMatches();
        store.setManual(A0_LEFT, X5_TOP, 0.0625f);

        store.writeMatches(writer -> writer.add(X5_TOP, A0_LEFT, 0.75f));

        assertThat(store.count()).isEqualTo(3);
        assertThat(store.pair(A0_LEFT, X5_TOP)).contains(new MatchResult(A0_LEFT, X5_TOP, 0.75f, 0.0625f));
    }

    @Test
    void replaceMatches_keepsEveryManualScoreEvenForPairsNotWrittenAgain() {
        writeThreeMatches();
        store.setManual(A0_LEFT, X5_TOP, 0.0625f);

        store.replaceMatches(writer -> {
            writer.add(X5_TOP, A0_LEFT, 0.75f);
            writer.add(A0_RIGHT, A1_BOTTOM, 0.5f);
        }, List.of());
        assertThat(store.pair(A0_LEFT, X5_TOP)).contains(new MatchResult(A0_LEFT, X5_TOP, 0.75f, 0.0625f));
        assertThat(store.count()).isEqualTo(2);

        store.replaceMatches(writer -> writer.add(A0_RIGHT, A1_BOTTOM, 0.25f), List.of());
        assertThat(store.pair(A0_LEFT, X5_TOP)).contains(new MatchResult(A0_LEFT, X5_TOP, 0.75f, 0.0625f));
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void writerRemove_pairWithManualScore_staysStored() {
        writeThreeMatches();
        store.setManual(A0_LEFT, X5_TOP, 0.0625f);
        PieceKeys keys = store.pieceKeys();

        store.writeMatches(writer -> {
            writer.remove(keys.segmentKey(A0_LEFT), keys.segmentKey(X5_TOP));
            writer.remove(keys.segmentKey(A0_RIGHT), keys.segmentKey(A1_BOTTOM));
        });

        assertThat(store.pair(A0_LEFT, X5_TOP)).isPresent();
        assertThat(store.pair(A0_RIGHT, A1_BOTTOM)).isEmpty();
    }

    @Test
    void writeMatches_callbackThrows_storesNothing() {
        assertThatThrownBy(() -> store.writeMatches(writer -> {
            writer.add(A0_LEFT, X5_TOP, 0.5f);
            throw new IllegalStateException("matcher failed");
        })).hasMessage("matcher failed");

        assertThat(store.count()).isZero();
        writeThreeMatches();
        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void writeMatches_samePieceOrNegativeScore_isRefused() {
        assertThatThrownBy(() -> store.writeMatches(writer -> writer.add(A0_LEFT, A0_RIGHT, 0.5f)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one piece");
        assertThatThrownBy(() -> store.writeMatches(writer -> writer.add(A0_LEFT, X5_TOP, -1f)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1.0");
        assertThatThrownBy(() -> store.writeMatches(writer -> writer.add(4, 1_000_000, 0.5f)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000000");
    }

    @Test
    void setManual_persistsAcrossReopenAndClears() {
        writeThreeMatches();
        store.setManual(A0_LEFT, X5_TOP, 0f);
        store.close();

        store = MatchStore.open(dbFile);
        assertThat(store.top(1)).containsExactly(new MatchResult(A0_LEFT, X5_TOP, 0.5f, 0f));
        store.clearManual(X5_TOP, A0_LEFT);
        assertThat(store.pair(A0_LEFT, X5_TOP)).contains(MatchResult.of(A0_LEFT, X5_TOP, 0.5f));
    }

    @Test
    void setManual_pairNotStored_isRefused() {
        assertThatThrownBy(() -> store.setManual(A0_LEFT, X5_TOP, 0.1f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snapfit match");
    }

    @Test
    void markMatched_andClearMatches_trackMatchedPieces() {
        writeThreeMatches();
        store.markMatched(List.of(new PieceId("a", 1)));
        assertThat(store.matchedPieces()).containsExactly(new PieceId("a", 1));

        store.clearMatches();

        assertThat(store.matchedPieces()).isEmpty();
        assertThat(store.count()).isZero();
    }

    @Test
    void writeMatches_whileStreamOpen_isRefused() {
        writeThreeMatches();
        try (Stream<MatchResult> open = store.stream(MatchFilter.all())) {
            assertThatThrownBy(() -> store.clearMatches()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("close");
        }
        store.clearMatches();
        assertThat(store.count()).isZero();
    }

    @Test
    void matchView_showsReadableIdsAndFloatScores() throws SQLException {
        writeThreeMatches();
        store.setManual(A0_RIGHT, A1_BOTTOM, 0.0625f);
        store.checkpoint();

        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
                ResultSet view = connection.createStatement().executeQuery(
                        "SELECT seg_id1, seg_id2, similarity, similarity_manual FROM match_view ORDER BY similarity")) {
            while (view.next()) {
                rows.add(view.getString(1) + " " + view.getString(2) + " " + view.getDouble(3) + " " + view.getObject(4));
            }
        }

        assertThat(rows).containsExactly("a:0:right a:1:bottom 0.125 0.0625", "a:1:right " + X5_TOP + " 0.25 null",
                "a:0:left " + X5_TOP + " 0.5 null");
    }

    @Test
    void roundTrip_manyRandomMatches_readBackExactlyOnTheGrid() {
        List<MatchResult> written = new ArrayList<>();
        java.util.Random random = new java.util.Random(11);
        SegmentId[] left = {A0_LEFT, A0_RIGHT, SegmentId.parse("a:0:top"), SegmentId.parse("a:0:bottom")};
        SegmentId[] right = {X5_TOP, SegmentId.parse(NASTY_SHEET + ":5:left"), SegmentId.parse(NASTY_SHEET + ":5:right")};
        store.writeMatches(writer -> {
            for (SegmentId a : left) {
                for (SegmentId b : right) {
                    float similarity = Similarity.quantize(random.nextDouble() * 3);
                    writer.add(b, a, similarity);
                    written.add(MatchResult.of(a, b, similarity));
                }
            }
        });

        assertThat(collect(MatchFilter.all())).containsExactlyInAnyOrderElementsOf(written);
        assertThat(Set.copyOf(collect(MatchFilter.ofPiece(new PieceId("a", 0))))).isEqualTo(Set.copyOf(written));
    }

    @Test
    void ingestWithSegments_readsThemBackExactlyAndForgetsThemOnReingest() {
        List<Segment> segments = List.of(segment("a:0:left", 1.25f), segment("a:0:top", 7.5f));
        store.ingest(METADATA, segments, stored -> { });

        assertThat(store.segments()).containsOnlyKeys(A0_LEFT, SegmentId.parse("a:0:top"))
                .containsEntry(A0_LEFT, segments.get(0));

        store.ingest(new Metadata(List.of(StoreFixtures.sheet("a", 1)), List.of(StoreFixtures.edgePiece("a", 0))));
        assertThat(store.segments()).isEmpty();
    }

    @Test
    void ingestWithSegments_segmentOfAnotherPiece_isRefused() {
        Metadata sheetB = new Metadata(List.of(StoreFixtures.sheet("b", 1)), List.of(StoreFixtures.edgePiece("b", 0)));

        assertThatThrownBy(() -> store.ingest(sheetB, List.of(segment("a:0:left", 1f)), stored -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a:0:left")
                .hasMessageContaining("belongs to no piece being ingested");
        assertThat(store.sheets()).extracting(SheetRecord::sheetId).doesNotContain("b");
    }

    @Test
    void segments_damagedSamples_namesDatabaseAndFix() throws SQLException {
        store.ingest(METADATA, List.of(segment("a:0:left", 1f)), stored -> { });
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE segments SET samples = x'0102'");
        }

        assertThatThrownBy(() -> store.segments()).isInstanceOf(snapfit.model.InputFileException.class)
                .hasMessageContaining(dbFile.toString()).hasMessageContaining("a:0:left")
                .hasMessageContaining("re-run `snapfit ingest`");
    }

    /** A segment of the shape its piece's record gives it, with made-up samples that no float rounding would keep. */
    private static Segment segment(String id, float arcLength) {
        float[] xs = new float[Segment.SAMPLES];
        float[] ys = new float[Segment.SAMPLES];
        for (int s = 0; s < xs.length; s++) {
            xs[s] = s / 3f + arcLength;
            ys[s] = (float) Math.sqrt(s) - 0.1f;
        }
        SegmentId segmentId = SegmentId.parse(id);
        return Segment.ofSamples(segmentId, METADATA.pieces().stream()
                .filter(piece -> piece.pieceId().equals(segmentId.pieceId())).findFirst().orElseThrow()
                .segmentShapes().get(segmentId.edgePos()), xs, ys, arcLength);
    }

    private void writeThreeMatches() {
        store.writeMatches(writer -> {
            writer.add(X5_TOP, A0_LEFT, 0.5f);
            writer.add(A0_RIGHT, A1_BOTTOM, 0.125f);
            writer.add(A1_RIGHT, X5_TOP, 0.25f);
        });
    }

    private List<MatchResult> collect(MatchFilter filter) {
        try (Stream<MatchResult> matches = store.stream(filter)) {
            return matches.toList();
        }
    }

    private static long pairKey(PieceKeys keys, MatchResult match) {
        int a = keys.segmentKey(match.segId1());
        int b = keys.segmentKey(match.segId2());
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }
}
