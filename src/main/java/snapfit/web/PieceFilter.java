package snapfit.web;

import snapfit.model.EdgePos;
import snapfit.model.PieceRecord;
import snapfit.model.PieceType;
import snapfit.model.SegmentShape;

/**
 * Which pieces a list shows; each part is optional (null: any).
 *
 * @param type  only pieces of this type
 * @param sheet only pieces photographed on this sheet
 * @param shape only pieces with at least one side of this shape
 */
record PieceFilter(PieceType type, String sheet, SegmentShape shape) {

    static final PieceFilter ANY = new PieceFilter(null, null, null);

    boolean accepts(PieceRecord piece) {
        return (type == null || piece.orientedPieceType().pieceType() == type)
                && (sheet == null || piece.pieceId().sheetId().equals(sheet))
                && (shape == null || hasSide(piece, shape));
    }

    private static boolean hasSide(PieceRecord piece, SegmentShape shape) {
        for (EdgePos edge : EdgePos.values()) {
            if (piece.segmentShapes().get(edge) == shape) {
                return true;
            }
        }
        return false;
    }
}
