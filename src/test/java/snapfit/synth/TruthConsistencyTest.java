package snapfit.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import snapfit.model.CornerPos;
import snapfit.model.EdgePos;
import snapfit.model.OrientedPieceType;
import snapfit.model.PieceId;
import snapfit.model.PieceType;
import snapfit.model.PixelBox;
import snapfit.model.PixelPoint;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;

class TruthConsistencyTest {

    private static PuzzleTruth truth(long seed) {
        return Generator.plan(new GeneratorConfig(5, 7, seed, 12, 30, false)).truth();
    }

    private static Map<PieceId, TruthPiece> byId(PuzzleTruth truth) {
        Map<PieceId, TruthPiece> pieces = new HashMap<>();
        truth.pieces().forEach(piece -> pieces.put(piece.pieceId(), piece));
        return pieces;
    }

    private static SegmentShape shapeOf(Map<PieceId, TruthPiece> pieces, SegmentId segment) {
        return pieces.get(segment.pieceId()).segmentShapes().get(segment.edgePos());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void neighbours_everyPair_isOneTabAndOneBlank(long seed) {
        PuzzleTruth truth = truth(seed);
        Map<PieceId, TruthPiece> pieces = byId(truth);

        assertThat(truth.neighbours()).hasSize(5 * 6 + 4 * 7);
        for (TrueNeighbours pair : truth.neighbours()) {
            SegmentShape first = shapeOf(pieces, pair.segId1());
            SegmentShape second = shapeOf(pieces, pair.segId2());
            assertThat(List.of(first, second)).as(pair.toString())
                    .containsExactlyInAnyOrder(SegmentShape.IN, SegmentShape.OUT);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shapes_sidesInNoPair_areExactlyTheFlatBorders(long seed) {
        PuzzleTruth truth = truth(seed);
        Map<SegmentId, Boolean> paired = new HashMap<>();
        truth.neighbours().forEach(pair -> {
            paired.put(pair.segId1(), true);
            paired.put(pair.segId2(), true);
        });
        int flat = 0;
        for (TruthPiece piece : truth.pieces()) {
            for (EdgePos edge : EdgePos.values()) {
                boolean isFlat = piece.segmentShapes().get(edge) == SegmentShape.EDGE;
                assertThat(isFlat).as(piece.pieceId() + ":" + edge.value())
                        .isNotEqualTo(paired.containsKey(new SegmentId(piece.pieceId(), edge)));
                flat += isFlat ? 1 : 0;
            }
        }
        assertThat(flat).isEqualTo(2 * (5 + 7));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void pieceTypes_matchGridPositionAndFlatSides(long seed) {
        PuzzleTruth truth = truth(seed);
        for (TruthPiece piece : truth.pieces()) {
            int borders = (piece.row() == 0 || piece.row() == 4 ? 1 : 0) + (piece.col() == 0 || piece.col() == 6 ? 1 : 0);
            assertThat(piece.orientedPieceType().pieceType()).isEqualTo(PieceType.ofFlatCount(borders));
            assertThat(piece.orientedPieceType())
                    .isEqualTo(OrientedPieceType.ofFlatEdges(piece.segmentShapes().flatEdges()));
        }
        assertThat(truth.pieces()).filteredOn(piece -> piece.orientedPieceType().pieceType() == PieceType.CORNER)
                .hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void corners_lieInsideTheBoxAndAreNamedByTheirImageDirection(long seed) {
        for (TruthPiece piece : truth(seed).pieces()) {
            PixelBox box = piece.contourRegion();
            double cx = 0;
            double cy = 0;
            for (CornerPos corner : CornerPos.values()) {
                PixelPoint point = piece.corners().get(corner);
                assertThat(point.x()).isBetween(box.x(), box.x() + box.width());
                assertThat(point.y()).isBetween(box.y(), box.y() + box.height());
                cx += point.x() / 4.0;
                cy += point.y() / 4.0;
            }
            assertThat(piece.corners().topLeft().x()).isLessThan((int) cx);
            assertThat(piece.corners().topLeft().y()).isLessThan((int) cy);
            assertThat(piece.corners().bottomRight().x()).isGreaterThan((int) cx);
            assertThat(piece.corners().bottomRight().y()).isGreaterThan((int) cy);
            assertThat(piece.pieceSize()).isBetween(430.0, 570.0);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void layout_piecesOnASheet_keepApartAndOffTheBorder(long seed) {
        PuzzleTruth truth = truth(seed);
        for (TruthSheet sheet : truth.sheets()) {
            List<PixelBox> boxes = truth.pieces().stream()
                    .filter(piece -> piece.pieceId().sheetId().equals(sheet.sheetId()))
                    .map(TruthPiece::contourRegion).toList();
            assertThat(boxes).hasSize(sheet.pieceCount());
            for (int i = 0; i < boxes.size(); i++) {
                PixelBox a = boxes.get(i);
                assertThat(a.x()).isGreaterThanOrEqualTo(SheetLayout.SHEET_BORDER_PX);
                assertThat(a.y()).isGreaterThanOrEqualTo(SheetLayout.SHEET_BORDER_PX);
                assertThat(a.x() + a.width()).isLessThanOrEqualTo(sheet.width() - SheetLayout.SHEET_BORDER_PX);
                assertThat(a.y() + a.height()).isLessThanOrEqualTo(sheet.height() - SheetLayout.SHEET_BORDER_PX);
                for (int j = i + 1; j < boxes.size(); j++) {
                    PixelBox b = boxes.get(j);
                    boolean apart = a.x() + a.width() + SheetLayout.SLOT_MARGIN_PX < b.x()
                            || b.x() + b.width() + SheetLayout.SLOT_MARGIN_PX < a.x()
                            || a.y() + a.height() + SheetLayout.SLOT_MARGIN_PX < b.y()
                            || b.y() + b.height() + SheetLayout.SLOT_MARGIN_PX < a.y();
                    assertThat(apart).as(sheet.sheetId() + " pieces " + i + " and " + j).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void indices_runByRowsTopToBottomThenLeftToRight(long seed) {
        PuzzleTruth truth = truth(seed);
        for (TruthSheet sheet : truth.sheets()) {
            List<TruthPiece> pieces = truth.pieces().stream()
                    .filter(piece -> piece.pieceId().sheetId().equals(sheet.sheetId())).toList();
            for (int i = 0; i + 1 < pieces.size(); i++) {
                PixelBox here = pieces.get(i).contourRegion();
                PixelBox next = pieces.get(i + 1).contourRegion();
                assertThat(pieces.get(i).pieceId().index()).isEqualTo(i);
                boolean sameRow = Math.abs(next.centerY() - here.centerY()) < here.height() / 2.0;
                assertThat(sameRow ? next.centerX() > here.centerX() : next.centerY() > here.centerY())
                        .as(pieces.get(i + 1).pieceId().toString()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void rotation_quarterTurnDecidesTheNames(long seed) {
        for (TruthPiece piece : truth(seed).pieces()) {
            int quarterTurns = (int) Math.round(piece.rotationDegrees() / 90) % 4;
            // A piece turned a quarter clockwise shows its puzzle-left side at the top.
            EdgePos puzzleLeftSeenAs = EdgePos.values()[Math.floorMod(EdgePos.LEFT.ordinal() - quarterTurns, 4)];
            boolean leftColumn = piece.col() == 0;
            assertThat(piece.segmentShapes().get(puzzleLeftSeenAs) == SegmentShape.EDGE).isEqualTo(leftColumn);
        }
    }
}
