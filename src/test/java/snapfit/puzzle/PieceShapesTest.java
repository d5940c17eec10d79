package snapfit.puzzle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import snapfit.model.EdgePos;
import snapfit.model.Orientation;
import snapfit.model.PieceType;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;
import snapfit.vision.DrawnPiece;
import snapfit.vision.PieceDetectionConfig;

/** Side shapes of drawn pieces, found through the whole pipeline: photo, outline, corners, classification. */
class PieceShapesTest {

    private static final SegmentShape IN = SegmentShape.IN;
    private static final SegmentShape OUT = SegmentShape.OUT;
    private static final SegmentShape EDGE = SegmentShape.EDGE;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {-30, -15, 0, 15, 30})
    void shapes_rotatedInnerPiece_sameAsDrawn(int degrees) {
        SegmentShapes drawn = new SegmentShapes(OUT, IN, IN, OUT);

        Piece piece = onlyPiece(new DrawnPiece(drawn, 400, degrees, 0.5, 0));

        assertThat(piece.shapes()).isEqualTo(drawn);
        assertThat(piece.orientedType().pieceType()).isEqualTo(PieceType.INNER);
    }

    @ParameterizedTest
    @ValueSource(ints = {-30, 0, 30})
    void shapes_rotatedCornerPieceWithKnobsNearCorners_sameAsDrawn(int degrees) {
        SegmentShapes drawn = new SegmentShapes(EDGE, OUT, IN, EDGE);

        Piece piece = onlyPiece(new DrawnPiece(drawn, 400, degrees, 0.3, 0));

        assertThat(piece.shapes()).isEqualTo(drawn);
        assertThat(piece.flatEdges()).containsExactly(EdgePos.LEFT, EdgePos.TOP);
        assertThat(piece.orientedType().pieceType()).isEqualTo(PieceType.CORNER);
        assertThat(piece.orientedType().orientation()).isEqualTo(Orientation.DEG_0);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 15, 20})
    void shapes_flatBottomAndRightWithDarkBand_edge(int bandPx) {
        SegmentShapes drawn = new SegmentShapes(IN, EDGE, EDGE, OUT);

        Piece piece = onlyPiece(new DrawnPiece(drawn, 400, 8, 0.5, bandPx));

        assertThat(piece.shapes()).isEqualTo(drawn);
        assertThat(piece.orientedType().pieceType()).isEqualTo(PieceType.CORNER);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 15, 20})
    void shapes_flatBottomBulgedByStrip_edge(int stripPx) {
        SegmentShapes drawn = new SegmentShapes(OUT, EDGE, IN, OUT);

        Piece piece = onlyPiece(new DrawnPiece(drawn, 300, -12, 0.5, 0, stripPx));

        assertThat(piece.shapes().bottom()).isEqualTo(EDGE);
        assertThat(piece.orientedType().pieceType()).isEqualTo(PieceType.EDGE);
        assertThat(piece.orientedType().orientation()).isEqualTo(Orientation.DEG_180);
    }

    private Piece onlyPiece(DrawnPiece drawn) {
        Path photo = drawn.writePng(dir.resolve("sheet.png"));
        Sheet sheet = Sheet.load(photo, PieceDetectionConfig.defaults().withMinArea(20_000));
        assertThat(sheet.pieces()).hasSize(1);
        return sheet.pieces().get(0);
    }
}
