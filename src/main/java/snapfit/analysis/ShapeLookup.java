package snapfit.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;

/** The shape of every segment of a set of pieces, to group matches by shape. Immutable and thread-safe. */
public final class ShapeLookup {

    private final Map<PieceId, SegmentShapes> shapes;

    private ShapeLookup(Map<PieceId, SegmentShapes> shapes) {
        this.shapes = shapes;
    }

    /**
     * The shapes of {@code pieces}.
     *
     * @throws IllegalArgumentException when a piece id occurs twice
     */
    public static ShapeLookup of(List<PieceRecord> pieces) {
        Map<PieceId, SegmentShapes> shapes = new HashMap<>();
        for (PieceRecord piece : pieces) {
            if (shapes.put(piece.pieceId(), piece.segmentShapes()) != null) {
                throw new IllegalArgumentException("piece " + piece.pieceId() + " is listed twice");
            }
        }
        return new ShapeLookup(Map.copyOf(shapes));
    }

    /**
     * The shape of {@code segment}.
     *
     * @throws IllegalArgumentException when its piece is not among the pieces this lookup was built from
     */
    public SegmentShape shapeOf(SegmentId segment) {
        SegmentShapes pieceShapes = shapes.get(segment.pieceId());
        if (pieceShapes == null) {
            throw new IllegalArgumentException("segment " + segment + " belongs to piece " + segment.pieceId()
                    + ", which is not among the " + shapes.size() + " pieces given: load the metadata of every sheet matched");
        }
        return pieceShapes.get(segment.edgePos());
    }

    /** The shapes of the two segments of {@code match}. */
    public ShapePair pairOf(MatchResult match) {
        return ShapePair.of(shapeOf(match.segId1()), shapeOf(match.segId2()));
    }
}
