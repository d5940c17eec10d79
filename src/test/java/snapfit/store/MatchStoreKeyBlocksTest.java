package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.EdgePos;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SegmentId;
import snapfit.model.SheetRecord;
import snapfit.model.Similarity;

/**
 * Matches spread over several key blocks of {@link PairKeys} (40 pieces, 16 to a block): every query and
 * deletion must find a segment's matches in every block from its own to the last, compared with a plain list.
 */
class MatchStoreKeyBlocksTest {

    private static final int SHEETS = 4;
    private static final int PIECES_PER_SHEET = 10;

    @TempDir
    Path dir;
    private MatchStore store;
    private final List<MatchResult> written = new ArrayList<>();

    @BeforeEach
    void fillStore() {
        store = MatchStore.open(dir.resolve("dataset.db"));
        List<SheetRecord> sheets = new ArrayList<>();
        List<PieceRecord> pieces = new ArrayList<>();
        for (int s = 0; s < SHEETS; s++) {
            sheets.add(StoreFixtures.sheet("s" + s, PIECES_PER_SHEET));
            for (int i = 0; i < PIECES_PER_SHEET; i++) {
                pieces.add(StoreFixtures.edgePiece("s" + s, i));
            }
        }
        store.ingest(new Metadata(sheets, pieces));
        List<SegmentId> segments = pieces.stream()
                .flatMap(piece -> Stream.of(EdgePos.values()).map(edge -> new SegmentId(piece.pieceId(), edge))).toList();
        SplittableRandom random = new SplittableRandom(7);
        store.writeMatches(writer -> {
            for (int a = 0; a < segments.size(); a++) {
                for (int b = a + 1; b < segments.size(); b++) {
                    SegmentId first = segments.get(a);
                    SegmentId second = segments.get(b);
                    if (!first.pieceId().equals(second.pieceId()) && random.nextInt(3) == 0) {
                        float similarity = Similarity.fromFixedPoint(random.nextInt(1, 1 << 16));
                        writer.add(second, first, similarity);
                        written.add(MatchResult.of(first, second, similarity));
                    }
                }
            }
        });
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void stream_pieceInEachBlock_findsItsMatchesInEveryLaterBlock() {
        for (PieceId piece : List.of(new PieceId("s0", 0), new PieceId("s1", 5), new PieceId("s3", 9))) {
            assertThat(collect(MatchFilter.ofPiece(piece))).as("piece %s", piece)
                    .containsExactlyElementsOf(expected(match -> involves(match, piece)));
        }
    }

    @Test
    void stream_segmentWithLimitAndMaximum_agreesWithPlainList() {
        SegmentId segment = SegmentId.parse("s0:3:right");
        float max = 0.5f;

        assertThat(collect(MatchFilter.ofSegment(segment).withMaxSimilarity(max).withLimit(25)))
                .containsExactlyElementsOf(expected(match -> (match.segId1().equals(segment)
                        || match.segId2().equals(segment)) && match.similarity() <= max).stream().limit(25).toList());
    }

    @Test
    void ingest_sheetOfTheFirstBlockAgain_removesItsMatchesFromEveryBlock() {
        store.ingest(new Metadata(List.of(StoreFixtures.sheet("s0", 1)), List.of(StoreFixtures.edgePiece("s0", 0))));

        List<MatchResult> kept = expected(match -> !match.segId1().pieceId().sheetId().equals("s0")
                && !match.segId2().pieceId().sheetId().equals("s0"));
        assertThat(store.count()).isEqualTo(kept.size());
        assertThat(collect(MatchFilter.all())).containsExactlyElementsOf(kept);
    }

    @Test
    void pair_acrossBlocks_isFoundInEitherOrder() {
        MatchResult far = written.stream()
                .filter(match -> match.segId1().pieceId().sheetId().equals("s0")
                        && match.segId2().pieceId().sheetId().equals("s3"))
                .findFirst().orElseThrow();

        assertThat(store.pair(far.segId2(), far.segId1())).contains(far);
    }

    @Test
    void writeMatches_samePairTwiceInOneTransaction_keepsTheLaterScore() {
        MatchResult first = written.get(0);

        store.writeMatches(writer -> {
            writer.add(first.segId1(), first.segId2(), 0.75f);
            writer.add(first.segId2(), first.segId1(), 0.125f);
        });

        assertThat(store.pair(first.segId1(), first.segId2())).contains(MatchResult.of(first.segId1(), first.segId2(),
                0.125f));
        assertThat(store.count()).isEqualTo(written.size());
    }

    private List<MatchResult> expected(Predicate<MatchResult> filter) {
        PieceKeys keys = store.pieceKeys();
        return written.stream().filter(filter)
                .sorted(Comparator.comparingDouble(MatchResult::effectiveSimilarity)
                        .thenComparingLong(match -> PairKeys.of(keys.segmentKey(match.segId1()),
                                keys.segmentKey(match.segId2()))))
                .toList();
    }

    private static boolean involves(MatchResult match, PieceId piece) {
        return match.segId1().pieceId().equals(piece) || match.segId2().pieceId().equals(piece);
    }

    private List<MatchResult> collect(MatchFilter filter) {
        try (Stream<MatchResult> matches = store.stream(filter)) {
            return matches.toList();
        }
    }
}
