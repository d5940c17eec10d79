package snapfit.puzzle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import snapfit.model.CornerIndices;
import snapfit.model.CornerPos;
import snapfit.model.EdgePos;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PieceType;
import snapfit.model.PixelBox;
import snapfit.model.PixelPoint;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;
import snapfit.vision.CornerFinder;

class PieceTest {

    private static final PieceId ID = new PieceId("sheet", 3);

    /**
     * A sparse outline, vertices only, counter-clockwise on screen: a 400 px square with a square 100 px tab
     * on the left side and a 100 px blank in the top side; bottom and right are flat.
     */
    private static final Contour TAB_AND_BLANK = new Contour(
            new int[] {100, 100, 0, 0, 100, 100, 500, 500, 350, 350, 250, 250},
            new int[] {100, 250, 250, 350, 350, 500, 500, 100, 100, 200, 200, 100});
    private static final CornerIndices CORNERS = new CornerIndices(0, 5, 6, 7);

    @Test
    void fromContour_sparseOutline_classifiesTabBlankAndFlats() {
        Piece piece = Piece.fromContour(ID, TAB_AND_BLANK, CORNERS);

        assertThat(piece.shapes()).isEqualTo(
                new SegmentShapes(SegmentShape.OUT, SegmentShape.EDGE, SegmentShape.EDGE, SegmentShape.IN));
        assertThat(piece.corner(CornerPos.BOTTOM_RIGHT)).isEqualTo(new PixelPoint(500, 500));
        assertThat(piece.orientedType().pieceType()).isEqualTo(PieceType.CORNER);
        // 600 px along the outline, less the little the smoothing cuts off the tab's four square corners.
        assertThat(piece.segment(EdgePos.LEFT).arcLength()).isCloseTo(600f, org.assertj.core.data.Offset.offset(6f));
    }

    @Test
    void fromContour_sameContourAndCorners_equalPieceSegmentsAndShapes() {
        Piece original = Piece.fromContour(ID, TAB_AND_BLANK, CORNERS);
        Piece rebuilt = Piece.fromContour(ID, Contour.ofInterleaved(TAB_AND_BLANK.toInterleaved()), CORNERS);

        assertThat(rebuilt).isEqualTo(original).hasSameHashCodeAs(original);
        for (EdgePos edge : EdgePos.values()) {
            assertThat(rebuilt.segment(edge)).isEqualTo(original.segment(edge));
        }
        assertThat(rebuilt.toRecord()).isEqualTo(original.toRecord());
    }

    @Test
    void toRecord_tabAndBlank_carriesCornersShapesAndRegion() {
        PieceRecord record = Piece.fromContour(ID, TAB_AND_BLANK, CORNERS).toRecord();

        assertThat(record.pieceId()).isEqualTo(ID);
        assertThat(record.corners().topLeft()).isEqualTo(new PixelPoint(100, 100));
        assertThat(record.flatEdges()).containsExactly(EdgePos.BOTTOM, EdgePos.RIGHT);
        assertThat(record.contourPointCount()).isEqualTo(12);
        assertThat(record.contourRegion()).isEqualTo(new PixelBox(0, 100, 501, 401));
    }

    @Test
    void fromContour_plainSquare_keepsTwoAdjacentFlatsAndMarksTheOthersWeird() {
        Contour square = new Contour(new int[] {0, 0, 300, 300}, new int[] {0, 300, 300, 0});

        Piece piece = Piece.fromContour(ID, square, new CornerIndices(0, 1, 2, 3));

        assertThat(piece.shapes()).isEqualTo(
                new SegmentShapes(SegmentShape.EDGE, SegmentShape.EDGE, SegmentShape.WEIRD, SegmentShape.WEIRD));
        assertThat(piece.orientedType().pieceType()).isEqualTo(PieceType.CORNER);
    }

    @Test
    void fromContour_threeFlats_keepsFlattestAndItsAdjacentPartner() {
        // Flat left and right; top bulges 5 px (flat but less so than left), bottom has a tab.
        Contour outline = new Contour(
                new int[] {0, 0, 150, 150, 250, 250, 400, 400, 200},
                new int[] {0, 400, 400, 500, 500, 400, 400, 0, -20});

        Piece piece = Piece.fromContour(ID, outline, new CornerIndices(0, 1, 6, 7));

        assertThat(piece.shapes()).isEqualTo(
                new SegmentShapes(SegmentShape.EDGE, SegmentShape.OUT, SegmentShape.WEIRD, SegmentShape.EDGE));
        assertThat(piece.orientedType().pieceType()).isEqualTo(PieceType.CORNER);
    }

    @Test
    void fromContour_cornersOutOfOrder_throwsNamingThePiece() {
        assertThatThrownBy(() -> Piece.fromContour(ID, TAB_AND_BLANK, new CornerIndices(0, 6, 5, 7)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sheet:3").hasMessageContaining("[0, 6, 5, 7]");
        assertThatThrownBy(() -> Piece.fromContour(ID, TAB_AND_BLANK, new CornerIndices(0, 5, 6, 12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside its contour of 12");
    }

    @Test
    void findCorners_sparseOutlineWithTabAndBlank_agreesWithTheDrawnCorners() {
        int[] xy = TAB_AND_BLANK.toInterleaved();
        int[] xs = new int[TAB_AND_BLANK.size()];
        int[] ys = new int[TAB_AND_BLANK.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xy[2 * i];
            ys[i] = xy[2 * i + 1];
        }

        assertThat(CornerFinder.findCorners(xs, ys)).isEqualTo(CORNERS);
    }
}
