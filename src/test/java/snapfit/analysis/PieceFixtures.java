package snapfit.analysis;

import java.util.List;
import snapfit.model.Corners;
import snapfit.model.OrientedPieceType;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PixelBox;
import snapfit.model.PixelPoint;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;

/** Piece records with given shapes, a 200 px square at (x, 50) and 800 contour points. */
final class PieceFixtures {

    private PieceFixtures() {
    }

    static PieceRecord piece(String id, int x, SegmentShape left, SegmentShape bottom, SegmentShape right,
            SegmentShape top) {
        SegmentShapes shapes = new SegmentShapes(left, bottom, right, top);
        Corners corners = new Corners(new PixelPoint(x, 50), new PixelPoint(x, 250),
                new PixelPoint(x + 200, 250), new PixelPoint(x + 200, 50));
        return new PieceRecord(PieceId.parse(id), corners, shapes,
                OrientedPieceType.ofFlatEdges(shapes.flatEdges()), List.copyOf(shapes.flatEdges()), 800,
                new PixelBox(x - 30, 20, 260, 260));
    }
}
