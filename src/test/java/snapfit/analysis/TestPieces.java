package snapfit.analysis;

import snapfit.model.CornerIndices;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import snapfit.model.CornerPos;
import snapfit.model.Corners;
import snapfit.model.EdgePos;
import snapfit.model.OrientedPieceType;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PixelPoint;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;
import snapfit.puzzle.Contour;
import snapfit.puzzle.Segment;

/**
 * Synthetic square pieces for tests: a dense 1-pixel contour traced left, bottom, right, top (counter-clockwise
 * on screen, as the model orders sides), each non-flat side with a half-disc tab or blank over its middle third,
 * optionally rotated about the square's centre; and a sheet image with the pieces painted on paper.
 */
final class TestPieces {

    static final Color PAPER = new Color(235, 230, 218);
    static final Color CARDBOARD = new Color(128, 108, 88);

    private TestPieces() {
    }

    /**
     * One side's outline: its shape and, for a tab or blank, where the half disc is centred along the side and
     * its radius, both as fractions of the side length.
     */
    record Side(SegmentShape shape, double centre, double radius) {

        static Side of(SegmentShape shape) {
            return new Side(shape, 0.5, 1 / 6.0);
        }

        /** The same curve seen from the neighbouring piece, which traces it the other way. */
        Side mate() {
            SegmentShape mateShape = switch (shape) {
                case IN -> SegmentShape.OUT;
                case OUT -> SegmentShape.IN;
                case EDGE, WEIRD -> shape;
            };
            return new Side(mateShape, 1 - centre, radius);
        }
    }

    /** A piece with top-left corner (x, y) before rotation, side {@code size} px, shapes left, bottom, right, top. */
    static OverlayPiece square(PieceId id, int x, int y, int size, double rotationDegrees, SegmentShape... shapes) {
        if (shapes.length != 4) {
            throw new IllegalArgumentException("give 4 shapes: left, bottom, right, top");
        }
        return square(id, x, y, size, rotationDegrees, Side.of(shapes[0]), Side.of(shapes[1]), Side.of(shapes[2]),
                Side.of(shapes[3]));
    }

    /** A piece as above with each side's bump placed and sized as given. */
    static OverlayPiece square(PieceId id, int x, int y, int size, double rotationDegrees, Side... sides) {
        SegmentShape[] shapes = new SegmentShape[4];
        for (int i = 0; i < 4; i++) {
            shapes[i] = sides[i].shape();
        }
        double[][] corners = {{x, y}, {x, y + size}, {x + size, y + size}, {x + size, y}};
        double centreX = x + size / 2.0;
        double centreY = y + size / 2.0;
        double angle = Math.toRadians(rotationDegrees);
        List<int[]> points = new ArrayList<>();
        int[] cornerIndices = new int[4];
        for (EdgePos edge : EdgePos.values()) {
            double[] start = corners[edge.start().ordinal()];
            double[] end = corners[edge.end().ordinal()];
            cornerIndices[edge.start().ordinal()] = points.size();
            for (double[] point : side(start, end, sides[edge.ordinal()])) {
                int[] rotated = rotate(point, centreX, centreY, angle);
                int[] previous = points.isEmpty() ? null : points.get(points.size() - 1);
                if (previous == null || previous[0] != rotated[0] || previous[1] != rotated[1]) {
                    points.add(rotated);
                }
            }
        }
        int[] xs = points.stream().mapToInt(point -> point[0]).toArray();
        int[] ys = points.stream().mapToInt(point -> point[1]).toArray();
        Contour contour = new Contour(xs, ys);
        CornerIndices indices = new CornerIndices(cornerIndices[0], cornerIndices[1], cornerIndices[2], cornerIndices[3]);
        return new OverlayPiece(record(id, contour, indices, shapes), contour, indices);
    }

    /** The segment of {@code piece}'s side {@code edge}, as the puzzle package would cut it. */
    static Segment segment(OverlayPiece piece, EdgePos edge) {
        return Segment.fromContour(new SegmentId(piece.piece().pieceId(), edge),
                piece.piece().segmentShapes().get(edge), piece.contour(),
                piece.corners().get(edge.start()), piece.corners().get(edge.end()));
    }

    /** Paper of the given size with every piece filled in cardboard colour. */
    static BufferedImage sheet(int width, int height, List<OverlayPiece> pieces) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(PAPER);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(CARDBOARD);
        for (OverlayPiece piece : pieces) {
            Contour contour = piece.contour();
            Polygon polygon = new Polygon();
            for (int i = 0; i < contour.size(); i++) {
                polygon.addPoint(contour.x(i), contour.y(i));
            }
            graphics.fillPolygon(polygon);
        }
        graphics.dispose();
        return image;
    }

    private static PieceRecord record(PieceId id, Contour contour, CornerIndices indices, SegmentShape[] shapes) {
        PixelPoint[] cornerPoints = new PixelPoint[4];
        for (CornerPos corner : CornerPos.values()) {
            int index = indices.get(corner);
            cornerPoints[corner.ordinal()] = new PixelPoint(contour.x(index), contour.y(index));
        }
        SegmentShapes segmentShapes = new SegmentShapes(shapes[0], shapes[1], shapes[2], shapes[3]);
        return new PieceRecord(id, new Corners(cornerPoints[0], cornerPoints[1], cornerPoints[2], cornerPoints[3]),
                segmentShapes, OrientedPieceType.ofFlatEdges(segmentShapes.flatEdges()),
                List.copyOf(segmentShapes.flatEdges()), contour.size(), contour.boundingBox());
    }

    /** Points about 1 px apart from start to just before end: straight, with a half disc where the side says. */
    private static List<double[]> side(double[] start, double[] end, Side side) {
        double length = Math.hypot(end[0] - start[0], end[1] - start[1]);
        double dx = (end[0] - start[0]) / length;
        double dy = (end[1] - start[1]) / length;
        // Outward normal of a side traced counter-clockwise on screen (y down).
        double sign = switch (side.shape()) {
            case OUT -> 1;
            case IN -> -1;
            case EDGE, WEIRD -> 0;
        };
        boolean weird = side.shape() == SegmentShape.WEIRD;
        double normalX = weird ? -dy : -dy * sign;
        double normalY = weird ? dx : dx * sign;
        double centre = side.centre() * length;
        double radius = side.radius() * length;
        List<double[]> points = new ArrayList<>();
        for (double t = 0; t < centre - radius; t++) {
            points.add(new double[] {start[0] + dx * t, start[1] + dy * t});
        }
        int arcSteps = (int) Math.ceil(Math.PI * radius);
        for (int k = 0; k <= arcSteps; k++) {
            double phi = Math.PI * k / arcSteps;
            double along = centre - Math.cos(phi) * radius;
            double across = (weird ? 0.3 * Math.sin(3 * phi) : Math.sin(phi)) * radius;
            points.add(new double[] {start[0] + dx * along + normalX * across, start[1] + dy * along + normalY * across});
        }
        for (double t = Math.ceil(centre + radius); t < length; t++) {
            points.add(new double[] {start[0] + dx * t, start[1] + dy * t});
        }
        return points;
    }

    private static int[] rotate(double[] point, double centreX, double centreY, double angle) {
        double x = point[0] - centreX;
        double y = point[1] - centreY;
        return new int[] {
            (int) Math.round(centreX + x * Math.cos(angle) - y * Math.sin(angle)),
            (int) Math.round(centreY + x * Math.sin(angle) + y * Math.cos(angle)),
        };
    }
}
