package snapfit.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;

class MatchListTest {

    private static final MatchResult A = MatchResult.of(SegmentId.parse("s:0:left"), SegmentId.parse("s:1:right"), 3f);
    private static final MatchResult B = MatchResult.of(SegmentId.parse("s:2:top"), SegmentId.parse("s:0:bottom"), 1f);
    private static final MatchResult C = new MatchResult(SegmentId.parse("s:1:top"), SegmentId.parse("s:2:left"), 9f, 0.5f);

    private final MatchList list = MatchList.of(List.of(A, B, C));

    @Test
    void top_ranksByManualScoreWhereSetElseComputed() {
        assertThat(list.top(2)).containsExactly(C, B);
        assertThat(list.top(10)).containsExactly(C, B, A);
    }

    @Test
    void forPiece_keepsMatchesOfAnyOfItsEdges_bestFirst() {
        assertThat(list.forPiece(new PieceId("s", 0))).containsExactly(B, A);
        assertThat(list.forPiece(new PieceId("s", 9))).isEmpty();
    }

    @Test
    void pairKeys_areUnordered() {
        assertThat(list.pairKeys()).contains(SegmentPair.of(SegmentId.parse("s:0:bottom"), SegmentId.parse("s:2:top")))
                .hasSize(3);
    }
}
