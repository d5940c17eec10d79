package snapfit.store;

import java.util.List;
import snapfit.model.Corners;
import snapfit.model.EdgePos;
import snapfit.model.OrientedPieceType;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PixelBox;
import snapfit.model.PixelPoint;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;
import snapfit.model.SheetRecord;

/** Small, fully specified records shared by the store tests. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    static SheetRecord sheet(String sheetId, int pieceCount) {
        return new SheetRecord(sheetId, "sheets/" + sheetId + ".jpg", pieceCount, 130, 80000, "2026-11-25T12:00:00Z");
    }

    /** An edge piece with its flat border at the bottom, so type EDGE rotated 180 degrees. */
    static PieceRecord edgePiece(String sheetId, int index) {
        int offset = 1000 * index;
        return new PieceRecord(
                new PieceId(sheetId, index),
                new Corners(new PixelPoint(offset + 10, 20), new PixelPoint(offset + 12, 520),
                        new PixelPoint(offset + 505, 518), new PixelPoint(offset + 498, 22)),
                new SegmentShapes(SegmentShape.IN, SegmentShape.EDGE, SegmentShape.OUT, SegmentShape.WEIRD),
                OrientedPieceType.ofFlatEdges(java.util.EnumSet.of(EdgePos.BOTTOM)),
                List.of(EdgePos.BOTTOM),
                1234,
                new PixelBox(offset + 5, 15, 510, 512));
    }

    /** A corner piece with flat borders left and top, listed in the order top, left. */
    static PieceRecord cornerPiece(String sheetId, int index) {
        return new PieceRecord(
                new PieceId(sheetId, index),
                new Corners(new PixelPoint(1, 2), new PixelPoint(3, 400), new PixelPoint(410, 405), new PixelPoint(402, 7)),
                new SegmentShapes(SegmentShape.EDGE, SegmentShape.OUT, SegmentShape.IN, SegmentShape.EDGE),
                OrientedPieceType.ofFlatEdges(java.util.EnumSet.of(EdgePos.LEFT, EdgePos.TOP)),
                List.of(EdgePos.TOP, EdgePos.LEFT),
                987,
                new PixelBox(0, 0, 412, 406));
    }
}
