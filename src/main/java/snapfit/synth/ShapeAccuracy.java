package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import snapfit.model.EdgePos;
import snapfit.model.SegmentShape;

/**
 * How well side shapes and piece types were recognised, over the pieces that were found. Sides
 * are compared by their name in the image.
 *
 * @param sides              sides compared
 * @param sidesCorrect       sides whose detected shape equals the true one
 * @param confusion          counts by true shape (rows) and detected shape (columns), both in
 *                           {@link SegmentShape} order: in, out, edge, weird (the truth is never weird)
 * @param pieces             pieces compared
 * @param typesCorrect       pieces whose detected type (inner/edge/corner) is the true one
 * @param orientationsCorrect pieces whose detected type and orientation are both the true ones
 */
public record ShapeAccuracy(
        @JsonProperty("sides") int sides,
        @JsonProperty("sides_correct") int sidesCorrect,
        @JsonProperty("confusion") List<List<Integer>> confusion,
        @JsonProperty("pieces") int pieces,
        @JsonProperty("types_correct") int typesCorrect,
        @JsonProperty("orientations_correct") int orientationsCorrect) {

    public ShapeAccuracy {
        confusion = confusion.stream().map(List::copyOf).toList();
        if (confusion.size() != SegmentShape.values().length
                || confusion.stream().anyMatch(row -> row.size() != SegmentShape.values().length)) {
            throw new IllegalArgumentException("confusion matrix must be 4 x 4 (in, out, edge, weird), got " + confusion);
        }
    }

    static ShapeAccuracy of(PiecePairing pairing) {
        int[][] counts = new int[SegmentShape.values().length][SegmentShape.values().length];
        int sides = 0;
        int sidesCorrect = 0;
        int types = 0;
        int orientations = 0;
        for (PiecePairing.Pair pair : pairing.pairs()) {
            for (EdgePos edge : EdgePos.values()) {
                SegmentShape truth = pair.truth().segmentShapes().get(edge);
                SegmentShape detected = pair.detected().segmentShapes().get(edge);
                counts[truth.ordinal()][detected.ordinal()]++;
                sides++;
                sidesCorrect += truth == detected ? 1 : 0;
            }
            var trueType = pair.truth().orientedPieceType();
            var detectedType = pair.detected().orientedPieceType();
            types += trueType.pieceType() == detectedType.pieceType() ? 1 : 0;
            orientations += trueType.equals(detectedType) ? 1 : 0;
        }
        List<List<Integer>> confusion = new ArrayList<>();
        for (int[] row : counts) {
            confusion.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new ShapeAccuracy(sides, sidesCorrect, confusion, pairing.pairs().size(), types, orientations);
    }

    /** How many sides of true shape {@code truth} were detected as {@code detected}. */
    public int count(SegmentShape truth, SegmentShape detected) {
        return confusion.get(truth.ordinal()).get(detected.ordinal());
    }

    /** sidesCorrect / sides, or 0 when no side was compared. */
    public double sideAccuracy() {
        return sides == 0 ? 0 : (double) sidesCorrect / sides;
    }

    /** typesCorrect / pieces, or 0 when no piece was compared. */
    public double typeAccuracy() {
        return pieces == 0 ? 0 : (double) typesCorrect / pieces;
    }
}
