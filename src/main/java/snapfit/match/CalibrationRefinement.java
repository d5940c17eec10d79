package snapfit.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;
import snapfit.model.SheetCalibration;
import snapfit.puzzle.Segment;

/**
 * Sharpens sheets' calibrations with the edges that match unambiguously. A sheet's own pieces give its scale to
 * about 1% and its keystone only when the tilt is large (see the puzzle package's {@code SheetPerspective}); but
 * two edges that fit are one cut, so their chords are equally long in the puzzle, which measures the relative
 * scale of their two places to the corner error (about 1%) per pair, with dozens of pairs per sheet.
 *
 * <p>Each round scores every pair at the current calibrations, keeps the pairs whose edges are each other's best
 * partner by a clear margin, and solves by least squares, per free sheet, for a change of log scale {@code ds} and
 * a further keystone {@code k}: to first order a chord of direction {@code u} at {@code m} (puzzle pixels about the
 * sheet's origin) changes its log length by {@code ds - k . (m + (u . m) u)}, the isotropic and the along-gradient
 * shrink of {@code q -> q / (1 + k . q)}. Ridge priors keep a sheet without such pairs where it was; pairs that
 * disagree with the fit by more than {@value #OUTLIER_LOG_GAP} in log length are dropped before the final solve.
 * Sheets not listed as free keep their calibration and anchor the others. Deterministic: scores do not depend on
 * the thread count, and the pairs are taken in segment order.
 */
public final class CalibrationRefinement {

    private static final int ROUNDS = 2;
    /**
     * The second-best partner must score this much worse than the best, for both edges of a pair. 1.6 rather than
     * 1.3 on 30x50 seed 102 (low variety): fewer wrong pairs, inner top-1 41.8% -> 44.7%; 10x12 seed 105 the same.
     */
    private static final double MARGIN = 1.6;
    /** Spread of one pair's log length gap: two corner errors of about 3 px on a 500 px chord. */
    private static final double PAIR_SPREAD = 0.01;
    /** Prior spreads: of what is left of a sheet's scale, and of the keystone left (1/px). */
    private static final double SCALE_PRIOR = 0.05;
    private static final double KEYSTONE_PRIOR = 5e-5;
    private static final double OUTLIER_LOG_GAP = 0.02;

    private CalibrationRefinement() {
    }

    /**
     * The calibrations of {@code free} sheets refined; {@code calibrations} must hold every segment's sheet.
     *
     * @param segments     every side of every piece, in sheet pixels (not calibrated)
     * @return the refined calibration of each free sheet
     */
    public static Map<String, SheetCalibration> refine(List<Segment> segments, Map<String, SheetCalibration> calibrations,
                                                       Set<String> free, ScoreConfig config, int threads) {
        Map<String, SheetCalibration> current = new HashMap<>(calibrations);
        List<String> freeSheets = free.stream().sorted().toList();
        for (int round = 0; round < ROUNDS && !freeSheets.isEmpty(); round++) {
            List<Segment> calibrated = segments.stream()
                    .map(segment -> segment.calibrated(current.get(sheetOf(segment)))).toList();
            List<int[]> pairs = clearPairs(new PieceMatcher(calibrated, config, threads), calibrated, free);
            double[] change = solve(calibrated, pairs, freeSheets);
            for (int f = 0; f < freeSheets.size(); f++) {
                SheetCalibration old = current.get(freeSheets.get(f));
                // Composing q -> q / (1 + k' . q) after the calibration adds scale * k' to its keystone.
                current.put(freeSheets.get(f), new SheetCalibration(old.scale() * Math.exp(change[3 * f]),
                        old.keystoneX() + old.scale() * change[3 * f + 1],
                        old.keystoneY() + old.scale() * change[3 * f + 2], old.originX(), old.originY()));
            }
        }
        Map<String, SheetCalibration> refined = new LinkedHashMap<>();
        freeSheets.forEach(sheet -> refined.put(sheet, current.get(sheet)));
        return refined;
    }

    /** Pairs (a, b), a < b, that are each other's best partner by {@link #MARGIN}, touching a free sheet. */
    private static List<int[]> clearPairs(PieceMatcher matcher, List<Segment> segments, Set<String> free) {
        int count = segments.size();
        int[] best = new int[count];
        float[] bestScore = new float[count];
        float[] secondScore = new float[count];
        java.util.Arrays.fill(best, -1);
        java.util.Arrays.fill(bestScore, Float.MAX_VALUE);
        java.util.Arrays.fill(secondScore, Float.MAX_VALUE);
        matcher.matchAll(batch -> {
            for (int i = 0; i < batch.size(); i++) {
                offer(batch.segmentA(i), batch.segmentB(i), batch.similarity(i), best, bestScore, secondScore);
                offer(batch.segmentB(i), batch.segmentA(i), batch.similarity(i), best, bestScore, secondScore);
            }
        });
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            int b = best[a];
            if (b > a && best[b] == a && clear(a, bestScore, secondScore) && clear(b, bestScore, secondScore)
                    && (free.contains(sheetOf(segments.get(a))) || free.contains(sheetOf(segments.get(b))))) {
                pairs.add(new int[] {a, b});
            }
        }
        return pairs;
    }

    /** Keeps the best and second-best score of {@code segment}; ties go to the lower partner number. */
    private static void offer(int segment, int partner, float score, int[] best, float[] bestScore, float[] secondScore) {
        if (score < bestScore[segment] || score == bestScore[segment] && partner < best[segment]) {
            secondScore[segment] = bestScore[segment];
            bestScore[segment] = score;
            best[segment] = partner;
        } else if (score < secondScore[segment]) {
            secondScore[segment] = score;
        }
    }

    private static boolean clear(int segment, float[] bestScore, float[] secondScore) {
        return secondScore[segment] > MARGIN * bestScore[segment];
    }

    /** Least squares for (ds, kx, ky) per free sheet, in {@code freeSheets} order; outliers dropped once. */
    private static double[] solve(List<Segment> segments, List<int[]> pairs, List<String> freeSheets) {
        Map<String, Integer> index = new HashMap<>();
        for (int f = 0; f < freeSheets.size(); f++) {
            index.put(freeSheets.get(f), f);
        }
        List<Equation> equations = new ArrayList<>();
        for (int[] pair : pairs) {
            equations.add(Equation.of(segments.get(pair[0]), segments.get(pair[1]), index));
        }
        double[] change = leastSquares(equations, 3 * freeSheets.size());
        List<Equation> kept = equations.stream().filter(e -> Math.abs(e.residual(change)) <= OUTLIER_LOG_GAP).toList();
        return leastSquares(kept, 3 * freeSheets.size());
    }

    private static double[] leastSquares(List<Equation> equations, int unknowns) {
        double[][] normal = new double[unknowns][unknowns];
        double[] right = new double[unknowns];
        double scalePrior = sq(PAIR_SPREAD / SCALE_PRIOR);
        double keystonePrior = sq(PAIR_SPREAD / KEYSTONE_PRIOR);
        for (int u = 0; u < unknowns; u++) {
            normal[u][u] = u % 3 == 0 ? scalePrior : keystonePrior;
        }
        for (Equation equation : equations) {
            for (int i = 0; i < equation.columns.length; i++) {
                right[equation.columns[i]] -= equation.coefficients[i] * equation.constant;
                for (int j = 0; j < equation.columns.length; j++) {
                    normal[equation.columns[i]][equation.columns[j]] += equation.coefficients[i] * equation.coefficients[j];
                }
            }
        }
        // The two halves were summed in different orders: make them equal to the bit, as Cholesky checks.
        for (int i = 0; i < unknowns; i++) {
            for (int j = 0; j < i; j++) {
                normal[j][i] = normal[i][j];
            }
        }
        RealVector solution = new CholeskyDecomposition(new Array2DRowRealMatrix(normal, false))
                .getSolver().solve(new ArrayRealVector(right, false));
        return solution.toArray();
    }

    private static String sheetOf(Segment segment) {
        return segment.id().pieceId().sheetId();
    }

    private static double sq(double value) {
        return value * value;
    }

    /**
     * One pair's condition, {@code coefficients . x + constant = 0} over the unknowns at {@code columns}: its two
     * chords equally long once each is corrected by its sheet's change. A fixed sheet adds no columns.
     */
    private record Equation(int[] columns, double[] coefficients, double constant) {

        static Equation of(Segment a, Segment b, Map<String, Integer> freeIndex) {
            List<Integer> columns = new ArrayList<>();
            List<Double> coefficients = new ArrayList<>();
            addTerms(a, 1, freeIndex, columns, coefficients);
            addTerms(b, -1, freeIndex, columns, coefficients);
            return new Equation(columns.stream().mapToInt(Integer::intValue).toArray(),
                    coefficients.stream().mapToDouble(Double::doubleValue).toArray(),
                    Math.log(a.chordLength()) - Math.log(b.chordLength()));
        }

        /** {@code sign * (ds - k . w)} with {@code w = m + (u . m) u} of the segment's chord. */
        private static void addTerms(Segment segment, int sign, Map<String, Integer> freeIndex, List<Integer> columns,
                                     List<Double> coefficients) {
            Integer sheet = freeIndex.get(sheetOf(segment));
            if (sheet == null) {
                return;
            }
            int last = Segment.SAMPLES - 1;
            double mx = (segment.x(0) + segment.x(last)) / 2;
            double my = (segment.y(0) + segment.y(last)) / 2;
            double length = segment.chordLength();
            double ux = (segment.x(last) - segment.x(0)) / length;
            double uy = (segment.y(last) - segment.y(0)) / length;
            double along = ux * mx + uy * my;
            columns.add(3 * sheet);
            coefficients.add((double) sign);
            columns.add(3 * sheet + 1);
            coefficients.add(-sign * (mx + along * ux));
            columns.add(3 * sheet + 2);
            coefficients.add(-sign * (my + along * uy));
        }

        double residual(double[] change) {
            double value = constant;
            for (int i = 0; i < columns.length; i++) {
                value += coefficients[i] * change[columns[i]];
            }
            return value;
        }
    }
}
