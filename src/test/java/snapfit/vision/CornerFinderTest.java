package snapfit.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import snapfit.model.CornerIndices;
import snapfit.model.CornerPos;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;

class CornerFinderTest {

    private static final SegmentShapes MIXED =
            new SegmentShapes(SegmentShape.OUT, SegmentShape.IN, SegmentShape.OUT, SegmentShape.IN);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {-30, -20, -10, 0, 10, 20, 30})
    void findCorners_rotatedPiece_cornersWithin3PercentOfSide(int degrees) {
        DrawnPiece drawn = new DrawnPiece(MIXED, 400, degrees, 0.5, 0);

        assertCornersNearTruth(drawn, 0.03);
    }

    @ParameterizedTest
    @ValueSource(ints = {-25, 0, 25})
    void findCorners_knobsNearCorners_cornersWithin3PercentOfSide(int degrees) {
        DrawnPiece drawn = new DrawnPiece(MIXED, 400, degrees, 0.3, 0);

        assertCornersNearTruth(drawn, 0.03);
    }

    @ParameterizedTest
    @ValueSource(ints = {-20, 0, 20})
    void findCorners_darkBandAlongBottomAndRight_cornersWithin3PercentOfSide(int degrees) {
        SegmentShapes shapes = new SegmentShapes(SegmentShape.IN, SegmentShape.EDGE, SegmentShape.EDGE, SegmentShape.OUT);
        DrawnPiece drawn = new DrawnPiece(shapes, 400, degrees, 0.5, 15);

        assertCornersNearTruth(drawn, 0.03);
    }

    @Test
    void findCorners_sparseSquare_returnsItsVerticesInContourOrder() {
        // Counter-clockwise on screen, as OpenCV traces: top-left, down the left side, along the bottom, up the right.
        int[] xs = {100, 100, 100, 250, 400, 400, 400, 250};
        int[] ys = {100, 250, 400, 400, 400, 250, 100, 100};

        assertThat(CornerFinder.findCorners(xs, ys)).isEqualTo(new CornerIndices(0, 2, 4, 6));
    }

    @Test
    void inContourOrder_rotatedSequence_trueAndShuffled_false() {
        assertThat(CornerFinder.inContourOrder(new int[] {10, 20, 30, 5})).isTrue();
        assertThat(CornerFinder.inContourOrder(new int[] {10, 30, 20, 40})).isFalse();
        assertThat(CornerFinder.inContourOrder(new int[] {10, 10, 20, 30})).isFalse();
    }

    private void assertCornersNearTruth(DrawnPiece drawn, double tolerance) {
        List<TracedOutline> outlines = PieceDetector.detect(drawn.writePng(dir.resolve("piece.png")),
                PieceDetectionConfig.defaults());
        assertThat(outlines).hasSize(1);
        int[] xy = outlines.get(0).pixels();
        int[] xs = new int[xy.length / 2];
        int[] ys = new int[xy.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xy[2 * i];
            ys[i] = xy[2 * i + 1];
        }

        CornerIndices corners = CornerFinder.findCorners(xs, ys);

        for (CornerPos corner : CornerPos.values()) {
            Point2D truth = drawn.trueCorner(corner);
            int index = corners.get(corner);
            assertThat(Math.hypot(xs[index] - truth.getX(), ys[index] - truth.getY()))
                    .as("%s at %s degrees: found (%d, %d), drawn (%.0f, %.0f)", corner, drawn.degrees(),
                            xs[index], ys[index], truth.getX(), truth.getY())
                    .isLessThanOrEqualTo(tolerance * drawn.side());
        }
    }
}
