package snapfit.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import snapfit.model.CornerPos;
import snapfit.model.EdgePos;
import snapfit.model.SegmentShape;

class PuzzleCutterTest {

    private static final int ROWS = 3;
    private static final int COLS = 4;
    private final List<CutPiece> pieces = PuzzleCutter.cut(ROWS, COLS, Variety.NORMAL, new SplittableRandom(7));

    private CutPiece at(int row, int col) {
        return pieces.get(row * COLS + col);
    }

    /** The side's points from its start corner to its end corner, both included. */
    private static double[][] side(PieceOutline outline, EdgePos edge) {
        int start = outline.cornerIndex(edge.start());
        int end = edge == EdgePos.TOP ? outline.size() : outline.cornerIndex(edge.end());
        double[][] points = new double[end - start + 1][];
        for (int i = start; i <= end; i++) {
            points[i - start] = new double[] {outline.x(i % outline.size()), outline.y(i % outline.size())};
        }
        return points;
    }

    private static double signedArea(PieceOutline outline) {
        double twice = 0;
        for (int i = 0; i < outline.size(); i++) {
            int j = (i + 1) % outline.size();
            twice += outline.x(i) * outline.y(j) - outline.x(j) * outline.y(i);
        }
        return twice / 2;
    }

    @Test
    void cut_sameSeed_givesTheSameOutlines() {
        List<CutPiece> again = PuzzleCutter.cut(ROWS, COLS, Variety.NORMAL, new SplittableRandom(7));
        for (int i = 0; i < pieces.size(); i++) {
            assertThat(again.get(i).outline().xs()).isEqualTo(pieces.get(i).outline().xs());
            assertThat(again.get(i).outline().ys()).isEqualTo(pieces.get(i).outline().ys());
            assertThat(again.get(i).shapes()).isEqualTo(pieces.get(i).shapes());
        }
    }

    @Test
    void cut_outlines_areDenseWithPointsAboutAPixelApart() {
        for (CutPiece piece : pieces) {
            PieceOutline outline = piece.outline();
            for (int i = 0; i < outline.size(); i++) {
                int j = (i + 1) % outline.size();
                assertThat(Math.hypot(outline.x(j) - outline.x(i), outline.y(j) - outline.y(i))).isLessThan(1.5);
            }
        }
    }

    @Test
    void cut_neighbours_shareTheirCutPointForPoint() {
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c + 1 < COLS; c++) {
                double[][] right = side(at(r, c).outline(), EdgePos.RIGHT);
                double[][] left = side(at(r, c + 1).outline(), EdgePos.LEFT);
                assertThat(right.length).isEqualTo(left.length);
                for (int i = 0; i < right.length; i++) {
                    assertThat(right[i]).isEqualTo(left[left.length - 1 - i]);
                }
            }
        }
    }

    @Test
    void cut_pieces_tileTheOuterBorderWithoutGapsOrOverlaps() {
        List<double[]> border = new ArrayList<>();
        for (int c = 0; c < COLS; c++) {
            border.add(corner(at(0, c), CornerPos.TOP_LEFT));
        }
        for (int r = 0; r < ROWS; r++) {
            border.add(corner(at(r, COLS - 1), CornerPos.TOP_RIGHT));
        }
        for (int c = COLS - 1; c >= 0; c--) {
            border.add(corner(at(ROWS - 1, c), CornerPos.BOTTOM_RIGHT));
        }
        for (int r = ROWS - 1; r >= 0; r--) {
            border.add(corner(at(r, 0), CornerPos.BOTTOM_LEFT));
        }
        double twice = 0;
        for (int i = 0; i < border.size(); i++) {
            double[] a = border.get(i);
            double[] b = border.get((i + 1) % border.size());
            twice += a[0] * b[1] - b[0] * a[1];
        }
        double sum = pieces.stream().mapToDouble(piece -> signedArea(piece.outline())).sum();
        // Contour order top-left, bottom-left, bottom-right, top-right turns the same way as the border walk reversed.
        assertThat(-sum).isCloseTo(twice / 2, within(1.0));
    }

    @Test
    void cut_knobs_neverCrossTheirOwnOutline() {
        List<CutPiece> manySeeds = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            manySeeds.addAll(PuzzleCutter.cut(ROWS, COLS, Variety.NORMAL, new SplittableRandom(seed)));
        }
        for (CutPiece piece : manySeeds) {
            PieceOutline outline = piece.outline();
            int n = outline.size();
            // Compare runs of CHUNK segments whose boxes overlap, segment by segment.
            for (int first = 0; first < n; first += CHUNK) {
                for (int second = first; second < n; second += CHUNK) {
                    if (!boxesOverlap(outline, first, second)) {
                        continue;
                    }
                    for (int i = first; i < Math.min(n, first + CHUNK); i++) {
                        for (int j = Math.max(i + 2, second); j < Math.min(n, second + CHUNK); j++) {
                            if (i == 0 && j == n - 1) {
                                continue;
                            }
                            assertThat(crosses(outline, i, (i + 1) % n, j, (j + 1) % n))
                                    .as("piece (%d, %d) segments %d and %d", piece.row(), piece.col(), i, j).isFalse();
                        }
                    }
                }
            }
        }
    }

    private static final int CHUNK = 32;

    private static boolean boxesOverlap(PieceOutline outline, int first, int second) {
        double[] a = chunkBox(outline, first);
        double[] b = chunkBox(outline, second);
        return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
    }

    private static double[] chunkBox(PieceOutline outline, int start) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = start; i <= Math.min(outline.size(), start + CHUNK); i++) {
            int k = i % outline.size();
            box[0] = Math.min(box[0], outline.x(k));
            box[1] = Math.min(box[1], outline.y(k));
            box[2] = Math.max(box[2], outline.x(k));
            box[3] = Math.max(box[3], outline.y(k));
        }
        return box;
    }

    @Test
    void cut_shapes_borderIsFlatAndTabsFaceBlanks() {
        for (CutPiece piece : pieces) {
            assertThat(piece.shapes().get(EdgePos.TOP) == SegmentShape.EDGE).isEqualTo(piece.row() == 0);
            assertThat(piece.shapes().get(EdgePos.LEFT) == SegmentShape.EDGE).isEqualTo(piece.col() == 0);
            if (piece.col() + 1 < COLS) {
                assertThat(at(piece.row(), piece.col() + 1).shapes().left())
                        .isNotEqualTo(piece.shapes().right()).isNotEqualTo(SegmentShape.EDGE);
            }
        }
    }

    @Test
    void cut_tabShape_reachesBeyondTheCornerLineOnlyForTabs() {
        for (CutPiece piece : pieces) {
            double area = Math.abs(signedArea(piece.outline()));
            long tabs = java.util.Arrays.stream(EdgePos.values())
                    .filter(edge -> piece.shapes().get(edge) == SegmentShape.OUT).count();
            long blanks = java.util.Arrays.stream(EdgePos.values())
                    .filter(edge -> piece.shapes().get(edge) == SegmentShape.IN).count();
            double body = quadrilateralArea(piece.outline());
            // Each knob adds or removes roughly 0.05 of a 500 px cell (about 12,000 px^2).
            assertThat(area - body).isBetween((tabs - blanks) * 12_000.0 - 8_000.0 * (tabs + blanks) - 5_000,
                    (tabs - blanks) * 12_000.0 + 8_000.0 * (tabs + blanks) + 5_000);
        }
    }

    private static double quadrilateralArea(PieceOutline outline) {
        double twice = 0;
        for (CornerPos corner : CornerPos.values()) {
            double[] a = corner(outline, corner);
            double[] b = corner(outline, CornerPos.values()[(corner.ordinal() + 1) % 4]);
            twice += a[0] * b[1] - b[0] * a[1];
        }
        return Math.abs(twice / 2);
    }

    private static double[] corner(CutPiece piece, CornerPos corner) {
        return corner(piece.outline(), corner);
    }

    private static double[] corner(PieceOutline outline, CornerPos corner) {
        int index = outline.cornerIndex(corner);
        return new double[] {outline.x(index), outline.y(index)};
    }

    private static boolean crosses(PieceOutline o, int a, int b, int c, int d) {
        double d1 = orient(o, c, d, a);
        double d2 = orient(o, c, d, b);
        double d3 = orient(o, a, b, c);
        double d4 = orient(o, a, b, d);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orient(PieceOutline o, int p, int q, int r) {
        return (o.x(q) - o.x(p)) * (o.y(r) - o.y(p)) - (o.y(q) - o.y(p)) * (o.x(r) - o.x(p));
    }
}
