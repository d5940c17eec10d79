package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static snapfit.model.SegmentShape.EDGE;
import static snapfit.model.SegmentShape.IN;
import static snapfit.model.SegmentShape.OUT;

import org.junit.jupiter.api.Test;
import snapfit.model.EdgePos;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.puzzle.Contour;
import snapfit.puzzle.Segment;

class PairAlignmentTest {

    private static final int LAST = Segment.SAMPLES - 1;

    @Test
    void align_segmentA_hasChordFromOriginAlongX() {
        OverlayPiece piece = TestPieces.square(new PieceId("s", 0), 100, 100, 300, 0, OUT, OUT, OUT, OUT);
        Segment a = TestPieces.segment(piece, EdgePos.RIGHT);

        AlignedPair pair = PairAlignment.align(a, a);

        assertThat(pair.chordLength()).isCloseTo(300f, within(1e-3f));
        assertThat(pair.ax(0)).isCloseTo(0f, within(1e-4f));
        assertThat(pair.ay(0)).isCloseTo(0f, within(1e-4f));
        assertThat(pair.ax(LAST)).isCloseTo(300f, within(1e-3f));
        assertThat(pair.ay(LAST)).isCloseTo(0f, within(1e-3f));
    }

    @Test
    void align_reversedCopyUnderQuarterTurnAndShift_coincidesWithA() {
        OverlayPiece piece = TestPieces.square(new PieceId("s", 0), 100, 100, 300, 17, OUT, IN, OUT, EDGE);
        Segment a = TestPieces.segment(piece, EdgePos.RIGHT);
        Segment b = rigidReversedCopy(piece, EdgePos.RIGHT, 90, 700, -40);

        AlignedPair pair = PairAlignment.align(a, b);

        assertThat(b.chordLength()).isCloseTo(a.chordLength(), within(1e-3f));
        assertThat(pair.bx(0)).isCloseTo(0f, within(1e-3f));
        assertThat(pair.by(0)).isCloseTo(0f, within(1e-3f));
        assertThat(pair.bx(LAST)).isCloseTo(pair.chordLength(), within(1e-3f));
        assertThat(pair.by(LAST)).isCloseTo(0f, within(1e-3f));
        for (int i = 0; i < Segment.SAMPLES; i++) {
            assertThat(pair.bx(i)).as("x %d", i).isCloseTo(pair.ax(i), within(1e-2f));
            assertThat(pair.by(i)).as("y %d", i).isCloseTo(pair.ay(i), within(1e-2f));
        }
        assertThat(pair.meanGap()).isLessThan(1e-2);
        assertThat(maxAbsY(pair)).as("the tab stands off the chord").isGreaterThan(40);
    }

    @Test
    void align_copyUnderOddAngle_endpointsWithinRounding() {
        OverlayPiece piece = TestPieces.square(new PieceId("s", 0), 100, 100, 300, 0, OUT, IN, OUT, EDGE);
        Segment a = TestPieces.segment(piece, EdgePos.BOTTOM);
        Segment b = rigidReversedCopy(piece, EdgePos.BOTTOM, 30, 50, 400);

        AlignedPair pair = PairAlignment.align(a, b);

        assertThat(pair.bx(0)).isCloseTo(0f, within(1f));
        assertThat(pair.by(0)).isCloseTo(0f, within(1f));
        assertThat(pair.bx(LAST)).isCloseTo(pair.chordLength(), within(1f));
        assertThat(pair.by(LAST)).isCloseTo(0f, within(1f));
        assertThat(pair.meanGap()).isLessThan(1.0);
    }

    @Test
    void align_neighbouringPiecesTabInBlank_meanGapUnderAPixel() {
        OverlayPiece left = TestPieces.square(new PieceId("s", 0), 100, 100, 300, 0, EDGE, EDGE, OUT, IN);
        OverlayPiece right = TestPieces.square(new PieceId("s", 1), 400, 100, 300, 0, IN, EDGE, OUT, IN);

        AlignedPair fit = PairAlignment.align(TestPieces.segment(left, EdgePos.RIGHT),
                TestPieces.segment(right, EdgePos.LEFT));
        AlignedPair misfit = PairAlignment.align(TestPieces.segment(left, EdgePos.RIGHT),
                TestPieces.segment(right, EdgePos.RIGHT));

        assertThat(fit.meanGap()).isLessThan(1.0);
        assertThat(misfit.meanGap()).as("tab against tab").isGreaterThan(20);
    }

    private static double maxAbsY(AlignedPair pair) {
        double max = 0;
        for (int i = 0; i < pair.size(); i++) {
            max = Math.max(max, Math.abs(pair.ay(i)));
        }
        return max;
    }

    /**
     * The side {@code edge} of {@code piece}, rotated by {@code degrees} about the origin, shifted, and traced
     * backwards: a contour listing the piece's points in reverse order, cut between the moved end and start corners.
     */
    private static Segment rigidReversedCopy(OverlayPiece piece, EdgePos edge, double degrees, int shiftX, int shiftY) {
        Contour contour = piece.contour();
        int n = contour.size();
        int[] xs = new int[n];
        int[] ys = new int[n];
        double angle = Math.toRadians(degrees);
        for (int k = 0; k < n; k++) {
            int source = n - 1 - k;
            xs[k] = (int) Math.round(contour.x(source) * Math.cos(angle) - contour.y(source) * Math.sin(angle)) + shiftX;
            ys[k] = (int) Math.round(contour.x(source) * Math.sin(angle) + contour.y(source) * Math.cos(angle)) + shiftY;
        }
        int start = n - 1 - piece.corners().get(edge.end());
        int end = n - 1 - piece.corners().get(edge.start());
        SegmentShape shape = piece.piece().segmentShapes().get(edge) == OUT ? IN : OUT;
        return Segment.fromContour(new SegmentId(new PieceId("moved", 0), edge), shape, new Contour(xs, ys), start, end);
    }
}
