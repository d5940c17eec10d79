package snapfit.puzzle;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import snapfit.model.CornerIndices;
import snapfit.model.CornerPos;
import snapfit.model.Corners;
import snapfit.model.EdgePos;
import snapfit.model.OrientedPieceType;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PixelBox;
import snapfit.model.PixelPoint;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShapes;
import snapfit.vision.CornerFinder;

/**
 * One jigsaw piece found on a sheet: its outline, its four corners (indices into the outline, as seen in the
 * photo), its four sides as resampled {@link Segment}s and their shapes. Sheet pixels, x right, y down.
 * Immutable; two pieces are equal when their id, outline, corners and classifier settings give the same
 * result, which {@link #fromContour} guarantees by being the one way to build a piece.
 */
public final class Piece {

    private final PieceId id;
    private final Contour contour;
    private final int[] cornerIndices;
    private final SegmentShapes shapes;
    private final Map<EdgePos, Segment> segments;
    private final OrientedPieceType orientedType;

    private Piece(PieceId id, Contour contour, int[] cornerIndices, SegmentShapes shapes) {
        this.id = id;
        this.contour = contour;
        this.cornerIndices = cornerIndices;
        this.shapes = shapes;
        this.segments = new EnumMap<>(EdgePos.class);
        for (EdgePos edge : EdgePos.values()) {
            segments.put(edge, Segment.fromContour(new SegmentId(id, edge), shapes.get(edge), contour,
                    cornerIndices[edge.start().ordinal()], cornerIndices[edge.end().ordinal()]));
        }
        this.orientedType = OrientedPieceType.ofFlatEdges(shapes.flatEdges());
    }

    /**
     * The piece with this outline and corners, its sides classified by {@link ShapeClassifier#DEFAULT}. Both
     * ingestion and the contour cache build pieces here, so a piece rebuilt from the cache equals the original.
     *
     * @param cornerIndices indices into {@code contour}, following one another along the outline in
     *                      {@link CornerPos} order
     * @throws IllegalArgumentException for corner indices outside the outline or out of order
     */
    public static Piece fromContour(PieceId id, Contour contour, CornerIndices cornerIndices) {
        return fromContour(id, contour, cornerIndices, ShapeClassifier.DEFAULT);
    }

    /** As {@link #fromContour(PieceId, Contour, CornerIndices)}, with another shape classifier. */
    public static Piece fromContour(PieceId id, Contour contour, CornerIndices cornerIndices,
            ShapeClassifier classifier) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contour, "contour of " + id);
        Objects.requireNonNull(classifier, "classifier");
        int[] corners = cornerIndices.toArray();
        for (int index : corners) {
            if (index < 0 || index >= contour.size()) {
                throw new IllegalArgumentException("piece " + id + ": corner index " + index
                        + " is outside its contour of " + contour.size() + " points");
            }
        }
        if (!CornerFinder.inContourOrder(corners)) {
            throw new IllegalArgumentException("piece " + id + ": corner indices " + Arrays.toString(corners)
                    + " do not follow one another along the contour (top-left, bottom-left, bottom-right, top-right)");
        }
        return new Piece(id, contour, corners, classifier.classify(contour, corners));
    }

    public PieceId id() {
        return id;
    }

    public Contour contour() {
        return contour;
    }

    /** The index into {@link #contour()} of this corner. */
    public int cornerIndex(CornerPos corner) {
        return cornerIndices[corner.ordinal()];
    }

    public CornerIndices cornerIndices() {
        return CornerIndices.of(cornerIndices);
    }

    public PixelPoint corner(CornerPos corner) {
        int index = cornerIndex(corner);
        return new PixelPoint(contour.x(index), contour.y(index));
    }

    public Corners corners() {
        return new Corners(corner(CornerPos.TOP_LEFT), corner(CornerPos.BOTTOM_LEFT),
                corner(CornerPos.BOTTOM_RIGHT), corner(CornerPos.TOP_RIGHT));
    }

    public Segment segment(EdgePos edge) {
        return segments.get(edge);
    }

    public SegmentShapes shapes() {
        return shapes;
    }

    /** The flat borders; at most two, and adjacent ({@link ShapeClassifier} guarantees it). */
    public Set<EdgePos> flatEdges() {
        return shapes.flatEdges();
    }

    public OrientedPieceType orientedType() {
        return orientedType;
    }

    public PixelBox boundingBox() {
        return contour.boundingBox();
    }

    /** This piece as stored in {@code metadata.json}. */
    public PieceRecord toRecord() {
        return new PieceRecord(id, corners(), shapes, orientedType, List.copyOf(flatEdges()), contour.size(),
                boundingBox());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Piece piece && id.equals(piece.id) && contour.equals(piece.contour)
                && Arrays.equals(cornerIndices, piece.cornerIndices) && shapes.equals(piece.shapes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, contour, Arrays.hashCode(cornerIndices), shapes);
    }

    @Override
    public String toString() {
        return "Piece[" + id + ", " + shapes + ", " + orientedType + "]";
    }
}
