package snapfit.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import snapfit.model.EdgePos;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;
import snapfit.model.SegmentShape;
import snapfit.model.Similarity;
import snapfit.puzzle.Segment;

/**
 * A seeded rows x cols jigsaw of {@link TestPieces} squares, neighbours sharing one tab/blank curve, laid out
 * apart and slightly rotated on one sheet; scored pair by pair with {@link PairAlignment}'s mean gap as a
 * stand-in similarity (pixels / 100), with the true neighbour pairs as ground truth.
 */
record TestPuzzle(List<OverlayPiece> pieces, List<Segment> segments, Set<SegmentPair> truePairs) {

    static TestPuzzle generate(int rows, int cols, int size, int spacing, long seed) {
        Random random = new Random(seed);
        // The side each piece has on its right and at its bottom; the neighbour gets its mate.
        TestPieces.Side[][] rightSides = new TestPieces.Side[rows][cols];
        TestPieces.Side[][] bottomSides = new TestPieces.Side[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                rightSides[r][c] = c == cols - 1 ? TestPieces.Side.of(SegmentShape.EDGE) : randomSide(random);
                bottomSides[r][c] = r == rows - 1 ? TestPieces.Side.of(SegmentShape.EDGE) : randomSide(random);
            }
        }
        List<OverlayPiece> pieces = new ArrayList<>();
        Set<SegmentPair> truePairs = new HashSet<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                TestPieces.Side left = c == 0 ? TestPieces.Side.of(SegmentShape.EDGE) : rightSides[r][c - 1].mate();
                TestPieces.Side top = r == 0 ? TestPieces.Side.of(SegmentShape.EDGE) : bottomSides[r - 1][c].mate();
                double rotation = random.nextDouble() * 24 - 12;
                pieces.add(TestPieces.square(id(r, c, cols), 300 + c * spacing, 300 + r * spacing, size, rotation,
                        left, bottomSides[r][c], rightSides[r][c], top));
                if (c > 0) {
                    truePairs.add(SegmentPair.of(segmentId(r, c - 1, cols, EdgePos.RIGHT), segmentId(r, c, cols, EdgePos.LEFT)));
                }
                if (r > 0) {
                    truePairs.add(SegmentPair.of(segmentId(r - 1, c, cols, EdgePos.BOTTOM), segmentId(r, c, cols, EdgePos.TOP)));
                }
            }
        }
        List<Segment> segments = new ArrayList<>();
        for (OverlayPiece piece : pieces) {
            for (EdgePos edge : EdgePos.values()) {
                segments.add(TestPieces.segment(piece, edge));
            }
        }
        return new TestPuzzle(List.copyOf(pieces), List.copyOf(segments), Set.copyOf(truePairs));
    }

    /** Every pair of non-flat sides of different pieces, scored by mean gap. */
    List<MatchResult> matches() {
        List<MatchResult> matches = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                Segment a = segments.get(i);
                Segment b = segments.get(j);
                if (!a.id().pieceId().equals(b.id().pieceId())
                        && a.shape() != SegmentShape.EDGE && b.shape() != SegmentShape.EDGE) {
                    float similarity = Similarity.quantize(PairAlignment.align(a, b).meanGap() / 100);
                    matches.add(MatchResult.of(a.id(), b.id(), similarity));
                }
            }
        }
        return matches;
    }

    private static TestPieces.Side randomSide(Random random) {
        SegmentShape shape = random.nextBoolean() ? SegmentShape.OUT : SegmentShape.IN;
        return new TestPieces.Side(shape, 0.4 + 0.2 * random.nextDouble(), 0.12 + 0.08 * random.nextDouble());
    }

    Segment segment(SegmentId id) {
        return segments.stream().filter(segment -> segment.id().equals(id)).findFirst().orElseThrow();
    }

    private static PieceId id(int r, int c, int cols) {
        return new PieceId("synthetic", r * cols + c);
    }

    private static SegmentId segmentId(int r, int c, int cols, EdgePos edge) {
        return new SegmentId(id(r, c, cols), edge);
    }
}
