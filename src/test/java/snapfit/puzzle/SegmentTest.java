package snapfit.puzzle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import snapfit.model.EdgePos;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;

/** Where a side lies: on the silhouette's edge, half a pixel outside the traced pixel centres. */
class SegmentTest {

    private static final SegmentId LEFT = new SegmentId(new PieceId("s", 0), EdgePos.LEFT);

    /**
     * The pixel centres a trace of the square of pixels {@code 10..109} visits, counter-clockwise on screen as
     * OpenCV lists an outer contour: down the left column, along the bottom, up the right, back along the top.
     */
    private static Contour tracedSquare() {
        int side = 99;
        int[] xs = new int[4 * side];
        int[] ys = new int[4 * side];
        for (int i = 0; i < side; i++) {
            set(xs, ys, i, 10, 10 + i);
            set(xs, ys, side + i, 10 + i, 109);
            set(xs, ys, 2 * side + i, 109, 109 - i);
            set(xs, ys, 3 * side + i, 109 - i, 10);
        }
        return new Contour(xs, ys);
    }

    private static void set(int[] xs, int[] ys, int at, int x, int y) {
        xs[at] = x;
        ys[at] = y;
    }

    private static Contour reversed(Contour contour) {
        int n = contour.size();
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = contour.x(n - 1 - i);
            ys[i] = contour.y(n - 1 - i);
        }
        return new Contour(xs, ys);
    }

    @Test
    void fromContour_tracedPixelCentres_sideLiesOnTheSilhouettesEdge() {
        // The left column of pixels spans x 9.5..10.5: its centres are at 10, the silhouette's edge at 9.5.
        Segment left = Segment.fromContour(LEFT, SegmentShape.EDGE, tracedSquare(), 0, 99);

        for (int s = 5; s < Segment.SAMPLES - 5; s++) {
            assertThat(left.x(s)).as("x of sample %d", s).isCloseTo(9.5f, within(0.01f));
        }
        assertThat(left.chordLength()).isCloseTo(99f, within(0.6f));
    }

    @Test
    void fromContour_clockwiseOutline_movesOutwardsAlike() {
        Contour clockwise = reversed(tracedSquare());
        int n = clockwise.size();
        // The same left side, walked upwards: from the bottom-left corner's index to the top-left's.
        Segment left = Segment.fromContour(LEFT, SegmentShape.EDGE, clockwise, n - 1 - 99, n - 1);

        for (int s = 5; s < Segment.SAMPLES - 5; s++) {
            assertThat(left.x(s)).as("x of sample %d", s).isCloseTo(9.5f, within(0.01f));
        }
    }

    @Test
    void fromContour_withSubpixelEdge_sideFollowsTheEdgeUnmoved() {
        Contour pixels = tracedSquare();
        int[] xy = pixels.toInterleaved();
        float[] edge = new float[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            // The left column's edge found 0.8 px out, alternating by 0.1 px as noise would; the rest where traced.
            edge[i] = xy[i] == 10 ? (i / 2 % 2 == 0 ? 9.1f : 9.3f) : xy[i];
            edge[i + 1] = xy[i + 1];
        }

        Segment left = Segment.fromContour(LEFT, SegmentShape.EDGE, Contour.traced(xy, edge), 0, 99);

        for (int s = 8; s < Segment.SAMPLES - 8; s++) {
            assertThat(left.x(s)).as("x of sample %d, the edge's mean, smoothed", s).isCloseTo(9.2f, within(0.02f));
        }
    }
}
