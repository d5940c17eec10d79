package snapfit.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import snapfit.model.CornerPos;
import snapfit.model.EdgePos;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.puzzle.Segment;

class CornerTipsTest {

    private static final int LAST = Segment.SAMPLES - 1;
    private static final double SIDE = 400;
    /** How far inside its corner a rounded tip's outline point lies, diagonally. */
    private static final double ROUNDING = 1.5;

    @Test
    void of_roundedCorners_movesEverySidesEndsOntoTheSquaresCorners() {
        List<Segment> tipped = CornerTips.of(square("sheet:0", ROUNDING));

        for (Segment side : tipped) {
            double[] start = corner(side.id().edgePos().start());
            double[] end = corner(side.id().edgePos().end());
            assertThat(side.x(0)).as("%s start x", side.id()).isCloseTo((float) start[0], within(1e-3f));
            assertThat(side.y(0)).as("%s start y", side.id()).isCloseTo((float) start[1], within(1e-3f));
            assertThat(side.x(LAST)).as("%s end x", side.id()).isCloseTo((float) end[0], within(1e-3f));
            assertThat(side.y(LAST)).as("%s end y", side.id()).isCloseTo((float) end[1], within(1e-3f));
        }
    }

    @Test
    void edgeFrames_measureChordsBetweenTheTips() {
        EdgeFrames frames = new EdgeFrames(square("sheet:0", ROUNDING));

        for (int s = 0; s < frames.count; s++) {
            assertThat(frames.chordLength[s]).isCloseTo((float) SIDE, within(1e-3f));
        }
    }

    @Test
    void of_keepsTheSamplesBetweenTheEndsAndIsIdempotent() {
        List<Segment> rounded = square("sheet:0", ROUNDING);
        List<Segment> tipped = CornerTips.of(rounded);

        for (int s = 0; s < rounded.size(); s++) {
            for (int i = 1; i < LAST; i++) {
                assertThat(tipped.get(s).x(i)).isEqualTo(rounded.get(s).x(i));
                assertThat(tipped.get(s).y(i)).isEqualTo(rounded.get(s).y(i));
            }
        }
        assertThat(CornerTips.of(tipped)).isEqualTo(tipped);
    }

    @Test
    void of_sideWithoutItsNeighbour_keepsItsEnds() {
        List<Segment> rounded = square("sheet:0", ROUNDING);
        List<Segment> leftAlone = List.of(rounded.get(0));

        Segment left = CornerTips.of(leftAlone).get(0);

        assertThat(left.x(0)).isEqualTo(rounded.get(0).x(0));
        assertThat(left.y(LAST)).isEqualTo(rounded.get(0).y(LAST));
    }

    @Test
    void of_tipFartherThanASampleSpacing_keepsTheOutlinesCorner() {
        // A corner cut off by 20 px on the diagonal: its lines still cross at the square's corner, 14 px away.
        List<Segment> chamfered = square("sheet:0", 20);

        Segment left = CornerTips.of(chamfered).get(0);

        assertThat(left.x(0)).isEqualTo(chamfered.get(0).x(0));
        assertThat(left.y(0)).isEqualTo(chamfered.get(0).y(0));
    }

    /** A flat square piece in screen pixels, sides in contour order, each tip {@code inset} px inside its corner. */
    private static List<Segment> square(String pieceId, double inset) {
        List<Segment> sides = new ArrayList<>();
        for (EdgePos edge : EdgePos.values()) {
            double[] start = corner(edge.start());
            double[] end = corner(edge.end());
            float[] xs = new float[Segment.SAMPLES];
            float[] ys = new float[Segment.SAMPLES];
            for (int i = 0; i <= LAST; i++) {
                double t = (double) i / LAST;
                xs[i] = (float) (start[0] + t * (end[0] - start[0]));
                ys[i] = (float) (start[1] + t * (end[1] - start[1]));
            }
            double[] startTip = insideCorner(start, inset);
            double[] endTip = insideCorner(end, inset);
            xs[0] = (float) startTip[0];
            ys[0] = (float) startTip[1];
            xs[LAST] = (float) endTip[0];
            ys[LAST] = (float) endTip[1];
            sides.add(Segment.ofSamples(new SegmentId(PieceId.parse(pieceId), edge), SegmentShape.EDGE, xs, ys,
                    (float) SIDE));
        }
        return sides;
    }

    private static double[] corner(CornerPos corner) {
        return switch (corner) {
            case TOP_LEFT -> new double[] {0, 0};
            case BOTTOM_LEFT -> new double[] {0, SIDE};
            case BOTTOM_RIGHT -> new double[] {SIDE, SIDE};
            case TOP_RIGHT -> new double[] {SIDE, 0};
        };
    }

    private static double[] insideCorner(double[] corner, double inset) {
        double toCentre = inset / Math.sqrt(2);
        return new double[] {corner[0] + Math.signum(SIDE / 2 - corner[0]) * toCentre,
                corner[1] + Math.signum(SIDE / 2 - corner[1]) * toCentre};
    }
}
