package snapfit.puzzle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import snapfit.model.CornerPos;
import snapfit.model.EdgePos;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;

/**
 * Tells tab, blank, flat border and unclear sides apart from a piece's outline and corners.
 *
 * <p>Each side is measured against its chord (the straight line between its two corners): how far its outline
 * bulges outwards and how far inwards, as fractions of the piece's mean side length. The outline runs
 * counter-clockwise on screen (x right, y down), so the outward normal of a side running along
 * {@code (dx, dy)} is {@code (-dy, dx)}. Then, with the thresholds of {@link ShapeClassifierConfig}:
 * <ul>
 *   <li>both bulges below {@code flatMax}: {@code edge};</li>
 *   <li>the larger bulge at least {@code knobMin} and the other at most {@code dominance} times it:
 *       {@code out} (tab) if it points outwards, {@code in} (blank) if inwards;</li>
 *   <li>anything else: {@code weird}.</li>
 * </ul>
 * A real piece has at most two flat borders, and two are adjacent. When the outline says otherwise (three or
 * four, or two opposite), the flattest side stays {@code edge}, so does the flattest of the others that is
 * adjacent to it, and the remaining flat-looking sides become {@code weird}: never an error, since one odd
 * piece must not stop a whole ingestion.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShapeClassifier {

    /** The classifier with {@link ShapeClassifierConfig#defaults()}. */
    public static final ShapeClassifier DEFAULT = new ShapeClassifier(ShapeClassifierConfig.defaults());

    private final ShapeClassifierConfig config;

    public ShapeClassifier(ShapeClassifierConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** How far one side's outline strays from its chord, outwards and inwards, in side lengths. */
    record Bulge(double outward, double inward) {

        double larger() {
            return Math.max(outward, inward);
        }
    }

    /**
     * The shapes of the four sides of the outline with corners at {@code cornerIndices} (in
     * {@link CornerPos} order).
     */
    public SegmentShapes classify(Contour contour, int[] cornerIndices) {
        double size = meanSideLength(contour, cornerIndices);
        Map<EdgePos, Bulge> bulges = new EnumMap<>(EdgePos.class);
        Map<EdgePos, SegmentShape> shapes = new EnumMap<>(EdgePos.class);
        for (EdgePos edge : EdgePos.values()) {
            Bulge bulge = bulge(contour, cornerIndices[edge.start().ordinal()], cornerIndices[edge.end().ordinal()],
                    size);
            bulges.put(edge, bulge);
            shapes.put(edge, shapeOf(bulge));
        }
        keepPossibleFlats(shapes, bulges);
        return new SegmentShapes(shapes.get(EdgePos.LEFT), shapes.get(EdgePos.BOTTOM), shapes.get(EdgePos.RIGHT),
                shapes.get(EdgePos.TOP));
    }

    SegmentShape shapeOf(Bulge bulge) {
        double larger = bulge.larger();
        if (larger < config.flatMax()) {
            return SegmentShape.EDGE;
        }
        double smaller = Math.min(bulge.outward(), bulge.inward());
        if (larger < config.knobMin() || smaller > config.dominance() * larger) {
            return SegmentShape.WEIRD;
        }
        return bulge.outward() >= bulge.inward() ? SegmentShape.OUT : SegmentShape.IN;
    }

    static Bulge bulge(Contour contour, int start, int end, double size) {
        int n = contour.size();
        double x0 = contour.x(start);
        double y0 = contour.y(start);
        double dx = contour.x(end) - x0;
        double dy = contour.y(end) - y0;
        double chord = Math.hypot(dx, dy);
        if (chord == 0) {
            return new Bulge(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        double normalX = -dy / chord;
        double normalY = dx / chord;
        double outward = 0;
        double inward = 0;
        int count = Math.floorMod(end - start, n) + 1;
        for (int k = 0; k < count; k++) {
            int i = (start + k) % n;
            double offset = (contour.x(i) - x0) * normalX + (contour.y(i) - y0) * normalY;
            outward = Math.max(outward, offset);
            inward = Math.max(inward, -offset);
        }
        return new Bulge(outward / size, inward / size);
    }

    private static double meanSideLength(Contour contour, int[] cornerIndices) {
        double total = 0;
        for (int k = 0; k < 4; k++) {
            int a = cornerIndices[k];
            int b = cornerIndices[(k + 1) % 4];
            total += Math.hypot(contour.x(b) - contour.x(a), contour.y(b) - contour.y(a));
        }
        return Math.max(1, total / 4);
    }

    private static void keepPossibleFlats(Map<EdgePos, SegmentShape> shapes, Map<EdgePos, Bulge> bulges) {
        List<EdgePos> flats = new ArrayList<>();
        shapes.forEach((edge, shape) -> {
            if (shape == SegmentShape.EDGE) {
                flats.add(edge);
            }
        });
        boolean possible = flats.size() < 2 || flats.size() == 2 && adjacent(flats.get(0), flats.get(1));
        if (possible) {
            return;
        }
        flats.sort(Comparator.comparingDouble((EdgePos edge) -> bulges.get(edge).larger())
                .thenComparing(Comparator.naturalOrder()));
        EdgePos flattest = flats.get(0);
        EdgePos partner = flats.stream().skip(1).filter(edge -> adjacent(edge, flattest)).findFirst().orElse(null);
        for (EdgePos edge : flats) {
            if (edge != flattest && edge != partner) {
                shapes.put(edge, SegmentShape.WEIRD);
            }
        }
    }

    private static boolean adjacent(EdgePos a, EdgePos b) {
        return a.rotatedClockwise() == b || b.rotatedClockwise() == a;
    }
}
