package snapfit.analysis;

import snapfit.model.CornerIndices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static snapfit.model.SegmentShape.EDGE;
import static snapfit.model.SegmentShape.IN;
import static snapfit.model.SegmentShape.OUT;
import static snapfit.model.SegmentShape.WEIRD;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import snapfit.model.PieceId;
import snapfit.puzzle.Piece;

class SheetOverlayTest {

    @Test
    void render_unscaledSheet_drawsEachSideInItsShapeColour() {
        // Square at (300, 300), side 300: straight runs are the outer thirds of every side.
        OverlayPiece piece = TestPieces.square(new PieceId("s", 0), 300, 300, 300, 0, OUT, IN, WEIRD, EDGE);
        BufferedImage sheet = TestPieces.sheet(1000, 800, List.of(piece));

        BufferedImage overlay = SheetOverlay.withDefaults().render(sheet, List.of(piece));

        assertThat(overlay.getWidth()).as("the photo, then the legend beside it").isGreaterThan(1000 + 100);
        assertThat(overlay.getHeight()).isEqualTo(800);
        assertThat(pixel(overlay, 5, 5)).as("the photo's top-left corner, not covered by the legend").isEqualTo(TestPieces.PAPER);
        assertThat(pixel(overlay, 300, 350)).as("left").isEqualTo(ShapeColours.of(OUT));
        assertThat(pixel(overlay, 350, 600)).as("bottom").isEqualTo(ShapeColours.of(IN));
        assertThat(pixel(overlay, 600, 550)).as("right").isEqualTo(ShapeColours.of(WEIRD));
        assertThat(pixel(overlay, 550, 300)).as("top").isEqualTo(ShapeColours.of(EDGE));
        assertThat(pixel(overlay, 350, 400)).as("inside the piece").isEqualTo(TestPieces.CARDBOARD);
        assertThat(sheet.getRGB(300, 350) & 0xFFFFFF).as("input untouched").isEqualTo(TestPieces.CARDBOARD.getRGB() & 0xFFFFFF);
    }

    @Test
    void render_wideSheet_shrinksToMaxWidthAndScalesContours() {
        OverlayPiece piece = TestPieces.square(new PieceId("s", 1), 1000, 1000, 400, 0, IN, OUT, EDGE, EDGE);
        BufferedImage sheet = TestPieces.sheet(3200, 2400, List.of(piece));
        SheetOverlay overlay = SheetOverlay.withDefaults();

        BufferedImage image = overlay.render(sheet, List.of(piece));

        DisplayScale scale = overlay.scaleFor(3200);
        assertThat(scale.factor()).isEqualTo(0.5);
        assertThat(image.getWidth()).as("1600 for the photo, then the legend").isGreaterThan(1600);
        assertThat(image.getHeight()).isEqualTo(1200);
        // Sheet pixel (1000, 1050) on the left side lands on display pixel (500, 525).
        assertThat(scale.displayPixel(1000)).isEqualTo(500);
        assertThat(scale.displayPixel(1050)).isEqualTo(525);
        assertThat(pixel(image, 500, 525)).isEqualTo(ShapeColours.of(IN));
        assertThat(pixel(image, 525, 500)).as("top, flat").isEqualTo(ShapeColours.of(EDGE));
        assertThat(pixel(image, 525, 700)).as("bottom, tab").isEqualTo(ShapeColours.of(OUT));
    }

    @Test
    void render_corner_drawsYellowDot() {
        OverlayPiece piece = TestPieces.square(new PieceId("s", 2), 300, 300, 300, 0, OUT, OUT, OUT, OUT);
        BufferedImage overlay = SheetOverlay.withDefaults()
                .render(TestPieces.sheet(1000, 800, List.of(piece)), List.of(piece));

        // The bottom-right corner dot (radius 5) is centred on (600.5, 600.5), drawn over the sides' lines.
        assertThat(pixel(overlay, 601, 601)).isEqualTo(new Color(0xF0E442));
        assertThat(pixel(overlay, 601, 612)).as("10 px below, off the dot").isEqualTo(TestPieces.PAPER);
    }

    @Test
    void overlayPiece_contourOfAnotherIngest_isRefused() {
        OverlayPiece piece = TestPieces.square(new PieceId("s", 3), 0, 0, 90, 0, IN, IN, IN, IN);
        OverlayPiece other = TestPieces.square(new PieceId("s", 4), 0, 0, 120, 0, IN, IN, IN, IN);

        assertThatThrownBy(() -> new OverlayPiece(piece.piece(), other.contour(), piece.corners()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s:3").hasMessageContaining("contour points");
    }

    @Test
    void overlayPiece_cornerBeyondContour_isRefused() {
        OverlayPiece piece = TestPieces.square(new PieceId("s", 5), 0, 0, 90, 0, IN, IN, IN, IN);
        CornerIndices beyond = new CornerIndices(0, 10, 20, piece.contour().size());

        assertThatThrownBy(() -> new OverlayPiece(piece.piece(), piece.contour(), beyond))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("top_right");
    }

    @Test
    void overlayPieceOf_piece_keepsItsRecordContourAndCorners() {
        OverlayPiece drawn = TestPieces.square(new PieceId("s", 6), 100, 100, 300, 7, IN, OUT, EDGE, IN);
        Piece piece = Piece.fromContour(drawn.piece().pieceId(), drawn.contour(), drawn.corners());

        OverlayPiece overlayPiece = OverlayPiece.of(piece);

        assertThat(overlayPiece.piece()).isEqualTo(piece.toRecord());
        assertThat(overlayPiece.contour()).isEqualTo(drawn.contour());
        assertThat(overlayPiece.corners()).isEqualTo(drawn.corners());
        assertThat(overlayPiece.piece().segmentShapes()).isEqualTo(piece.shapes());
    }

    private static Color pixel(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y) & 0xFFFFFF);
    }
}
