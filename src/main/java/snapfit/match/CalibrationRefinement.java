package snapfit.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;
import snapfit.model.PieceId;
import snapfit.model.SheetCalibration;
import snapfit.puzzle.Segment;

/**
 * Sharpens sheets' calibrations with the edges that match unambiguously. A sheet's own pieces give its scale to
 * about 1% and its keystone only when the tilt is large (see the puzzle package's {@code SheetPerspective}); but
 * two edges that fit are one cut, so their chords are equally long in the puzzle, which measures the relative
 * scale of their two places to the corner error (about 1%) per pair, with a dozen or more pairs per sheet.
 *
 * <p>Each round scores every pair at the current calibrations, keeps the pairs whose edges are each other's best
 * partner by a clear margin, and solves by least squares, per free sheet, for a change of log scale {@code ds}, a
 * further keystone {@code k} and a stretch {@code (a, b)}: to first order a chord of direction {@code u} at
 * {@code m} (puzzle pixels about the sheet's origin) changes its log length by
 * {@code ds - k . (m + (u . m) u) + a (ux^2 - uy^2) + 2 b ux uy}: the isotropic and the along-gradient shrink of
 * {@code q -> q / (1 + k . q)}, and the stretch {@code [[1 + a, b], [b, 1 - a]]} that a tilted view adds
 * everywhere. Ridge priors keep a sheet without such pairs where it was; pairs that disagree with the fit by more
 * than {@value #OUTLIER_LOG_GAP} in log length are dropped before the final solve.
 * Sheets not listed as free keep their calibration and anchor the others. Deterministic: scores do not depend on
 * the thread count, and the pairs are taken in segment order.
 */
public final class CalibrationRefinement {

    /**
     * Rounds of scoring and solving: a sheet whose keystone its pieces did not show starts far off and has few
     * clear pairs; each round finds more. Two rounds left one of 10 tilted sheets of seed 1 (10x12, tilt 5
     * degrees) at 5% of scale across it and inner top-1 at 92.3%; four rounds 0.4% and 99.3%. On 30x50 seed 103
     * (scale ±8%, tilt 5 degrees) the clear pairs grow from 267 to 655 over eight rounds, inner top-1 72.1% with
     * four, 73.7% with eight (both at a margin of 1.6).
     */
    private static final int ROUNDS = 8;
    /**
     * The score that finds the pairs: forgiving 5% of scale and weighing chord lengths half as much as matching
     * does, since the calibration it serves is still off; on seed 103 inner top-1 63.5% -> 72.1%. Once chords ran
     * between the corners' tips ({@link CornerTips}) and matching weighed them 0.05, inner top-1 with 0.05, 0.025 (now)
     * and 0 here: 30x50 seed 21 (low variety, top-down) 96.1%, 97.1%, 97.1% (at 0.05 one sheet that its pieces had put
     * at 1.2% small found no clear pair and kept that scale); 30x50 seed 201 (low variety, scale ±8%, tilt 5 degrees)
     * 89.6%, 90.7%, 86.1%; 10x12 low variety with capture, seeds 101, 202 and 203: 92.6/96.8/95.1% at 0.05,
     * 95.1/98.9/97.2% now, 95.8/98.9/95.1% at 0.
     */
    private static final ScoreConfig PAIR_FINDING = new ScoreConfig(ScoreFunction.PROCRUSTES, 10, 0.025, 1.25, 0.05, 1);
    /**
     * The second-best partner must score this much worse than the best, for both edges of a pair: a trade between
     * more pairs and fewer wrong ones. Inner top-1 on 30x50 seed 103 (scale ±8%, tilt 5 degrees) at margins 1.6,
     * 1.3, 1.15, 1.05: 73.7%, 83.4%, 86.1%, 86.7%; on 30x50 seed 102 (low variety, top-down) 1.3 keeps 47.1%,
     * 1.05 gives 40.5%.
     */
    private static final double MARGIN = 1.3;
    /**
     * Spread of one pair's log length gap, the unit of the priors and the least noise the keystone test assumes. With
     * chords between the corners' tips the pairs kept leave an rms gap of 0.0006-0.0011 (30x50 seeds 21, 102 and
     * 201, 10x12 seeds 101, 202 and 203); this is twice that. At 0.01 (two corner errors of 3 px on a 500 px chord,
     * before the tips) the test kept no keystone of a sheet tilted less than about 1.2 degrees, and on 30x50 seed 201
     * (low variety, scale ±8%, tilt 5 degrees) those 27 sheets missed the true partner for 12.2% of their sides'
     * lookups against 4.4-6.0% on the others; inner top-1 93.9% against 96.1% now.
     */
    private static final double PAIR_SPREAD = 0.002;
    /**
     * Prior spreads: of what is left of a sheet's scale, of the keystone left (1/px) and of its stretch. With the
     * stretch (a 5 degree tilt makes about 0.4%) seed 1's tilted 10x12 gives 99.3% instead of 98.2%; seed 105 the
     * same 98.9%.
     */
    private static final double SCALE_PRIOR = 0.05;
    private static final double KEYSTONE_PRIOR = 5e-5;
    private static final double STRETCH_PRIOR = 0.01;
    /** Unknowns per free sheet: ds, kx, ky, a, b. */
    private static final int PER_SHEET = 5;
    private static final double OUTLIER_LOG_GAP = 0.02;
    private static final double SCALE_FLOOR = 0.003;

    private CalibrationRefinement() {
    }

    /**
     * The calibrations of {@code free} sheets refined; {@code calibrations} must hold every segment's sheet.
     *
     * @param segments every side of every piece, in sheet pixels (not calibrated)
     * @param threads  scoring threads
     * @return the refined calibration of each free sheet
     */
    public static Map<String, SheetCalibration> refine(List<Segment> segments, Map<String, SheetCalibration> calibrations,
                                                       Set<String> free, int threads) {
        Map<String, SheetCalibration> current = new HashMap<>(calibrations);
        List<String> freeSheets = free.stream().sorted().toList();
        Set<PieceId> freePieces = new HashSet<>();
        boolean[] onFreeSheet = new boolean[segments.size()];
        for (int s = 0; s < onFreeSheet.length; s++) {
            onFreeSheet[s] = free.contains(sheetOf(segments.get(s)));
            if (onFreeSheet[s]) {
                freePieces.add(segments.get(s).id().pieceId());
            }
        }
        // Pairs of two fixed sheets score the same every round: ranked once, then only pairs touching a free sheet.
        Ranking fixedOnly = new Ranking(segments.size());
        Fit fit = null;
        for (int round = 0; round < ROUNDS && !freeSheets.isEmpty(); round++) {
            List<Segment> calibrated = CornerTips.of(segments.stream()
                    .map(segment -> segment.calibrated(current.get(sheetOf(segment)))).toList());
            PieceMatcher matcher = new PieceMatcher(calibrated, PAIR_FINDING, threads);
            Ranking ranking = fixedOnly.copy();
            if (round == 0) {
                matcher.matchAll(batch -> {
                    for (int i = 0; i < batch.size(); i++) {
                        boolean touchesFree = onFreeSheet[batch.segmentA(i)] || onFreeSheet[batch.segmentB(i)];
                        (touchesFree ? ranking : fixedOnly).offer(batch.segmentA(i), batch.segmentB(i), batch.similarity(i));
                    }
                });
                ranking.merge(fixedOnly);
            } else {
                matcher.matchIncremental(freePieces, batch -> {
                    for (int i = 0; i < batch.size(); i++) {
                        ranking.offer(batch.segmentA(i), batch.segmentB(i), batch.similarity(i));
                    }
                });
            }
            fit = solve(calibrated, ranking.clearPairs(calibrated, free), freeSheets);
            for (int f = 0; f < freeSheets.size(); f++) {
                current.put(freeSheets.get(f), composed(current.get(freeSheets.get(f)), fit.change(), PER_SHEET * f));
            }
        }
        Map<String, SheetCalibration> refined = new LinkedHashMap<>();
        for (int f = 0; f < freeSheets.size(); f++) {
            String sheet = freeSheets.get(f);
            // A keystone the sheet's own pieces showed stands; one the pairs added must stand out of their noise.
            boolean keystoneShown = hasKeystone(calibrations.get(sheet)) || fit.keystoneShown(current.get(sheet), f);
            refined.put(sheet, withinFloors(current.get(sheet), keystoneShown));
        }
        return refined;
    }

    /**
     * {@code calibration} followed by the change at {@code at}, {@code q -> e^ds A' q / (1 + k' . q)}: with the
     * calibration's {@code q = s A d / (1 + k . d)} that is {@code e^ds s A' A d / (1 + (k + s A^T k') . d)}. The
     * linear part {@code e^ds s A' A} is kept without its rotation (its polar decomposition's symmetric factor), since
     * turning a whole sheet changes no edge's fit.
     */
    private static SheetCalibration composed(SheetCalibration calibration, double[] change, int at) {
        double s = calibration.scale();
        double a00 = 1 + calibration.stretch();
        double a01 = calibration.shear();
        double a11 = 1 - calibration.stretch();
        double kx = change[at + 1];
        double ky = change[at + 2];
        double keystoneX = calibration.keystoneX() + s * (a00 * kx + a01 * ky);
        double keystoneY = calibration.keystoneY() + s * (a01 * kx + a11 * ky);
        double factor = Math.exp(change[at]) * s;
        double b00 = 1 + change[at + 3];
        double b01 = change[at + 4];
        double b11 = 1 - change[at + 3];
        double m00 = factor * (b00 * a00 + b01 * a01);
        double m01 = factor * (b00 * a01 + b01 * a11);
        double m10 = factor * (b01 * a00 + b11 * a01);
        double m11 = factor * (b01 * a01 + b11 * a11);
        double angle = Math.atan2(m10 - m01, m00 + m11);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double p00 = cos * m00 + sin * m10;
        double p01 = cos * m01 + sin * m11;
        double p11 = -sin * m01 + cos * m11;
        double scale = (p00 + p11) / 2;
        return new SheetCalibration(scale, keystoneX, keystoneY, calibration.originX(), calibration.originY(),
                (p00 - p11) / (2 * scale), p01 / scale);
    }

    /**
     * The calibration with a scale within {@value #SCALE_FLOOR} of 1 taken as 1, and a keystone its pairs do not show
     * ({@link Fit#keystoneShown}) as none, and then no stretch either: such a small estimate is as much the sheet's
     * own outline bias and wrong pairs as perspective. Inner top-1 with scale floors of 1%, 0.3% (now) and 0:
     * 30x50 seed 201 (low variety, scale ±8%, tilt 5 degrees) 90.7%, 93.5%, 93.7%, where a 1% floor left sheets shot
     * within 1% of the puzzle's scale up to 0.9% off; seed 21 (low variety, top-down) 97.1%, 97.1%, 96.9%.
     */
    private static SheetCalibration withinFloors(SheetCalibration calibration, boolean keystoneShown) {
        double scale = Math.abs(Math.log(calibration.scale())) < SCALE_FLOOR ? 1 : calibration.scale();
        if (!keystoneShown) {
            return new SheetCalibration(scale, 0, 0, calibration.originX(), calibration.originY());
        }
        return new SheetCalibration(scale, calibration.keystoneX(), calibration.keystoneY(), calibration.originX(),
                calibration.originY(), calibration.stretch(), calibration.shear());
    }

    private static boolean hasKeystone(SheetCalibration calibration) {
        return calibration.keystoneX() != 0 || calibration.keystoneY() != 0;
    }

    /** Each segment's best partner and best and second-best scores, over the pairs offered. */
    private static final class Ranking {

        private final int[] best;
        private final float[] bestScore;
        private final float[] secondScore;

        Ranking(int count) {
            best = new int[count];
            bestScore = new float[count];
            secondScore = new float[count];
            Arrays.fill(best, -1);
            Arrays.fill(bestScore, Float.MAX_VALUE);
            Arrays.fill(secondScore, Float.MAX_VALUE);
        }

        private Ranking(Ranking other) {
            best = other.best.clone();
            bestScore = other.bestScore.clone();
            secondScore = other.secondScore.clone();
        }

        Ranking copy() {
            return new Ranking(this);
        }

        void offer(int a, int b, float score) {
            offerTo(a, b, score);
            offerTo(b, a, score);
        }

        /** Adds what {@code other} ranked; each pair must have been offered to one of the two only. */
        void merge(Ranking other) {
            for (int segment = 0; segment < best.length; segment++) {
                if (other.best[segment] >= 0) {
                    offerTo(segment, other.best[segment], other.bestScore[segment]);
                    offerTo(segment, -1, other.secondScore[segment]);
                }
            }
        }

        /** Keeps the best and second-best score of {@code segment}; ties go to the lower partner number. */
        private void offerTo(int segment, int partner, float score) {
            if (partner >= 0 && (score < bestScore[segment] || score == bestScore[segment] && partner < best[segment])) {
                secondScore[segment] = bestScore[segment];
                bestScore[segment] = score;
                best[segment] = partner;
            } else if (score < secondScore[segment]) {
                secondScore[segment] = score;
            }
        }

        /**
         * Pairs (a, b), a < b, on two sheets, at least one free, that are each other's best partner by
         * {@link #MARGIN}.
         */
        List<int[]> clearPairs(List<Segment> segments, Set<String> free) {
            List<int[]> pairs = new ArrayList<>();
            for (int a = 0; a < best.length; a++) {
                int b = best[a];
                if (b <= a || best[b] != a || !clear(a) || !clear(b)) {
                    continue;
                }
                String sheetA = sheetOf(segments.get(a));
                String sheetB = sheetOf(segments.get(b));
                // Two pieces of one sheet are rarely neighbours (12 of 1,500): such a clear pair is mostly wrong.
                if (!sheetA.equals(sheetB) && (free.contains(sheetA) || free.contains(sheetB))) {
                    pairs.add(new int[] {a, b});
                }
            }
            return pairs;
        }

        private boolean clear(int segment) {
            return secondScore[segment] > MARGIN * bestScore[segment];
        }
    }

    /** Least squares for (ds, kx, ky, a, b) per free sheet, in {@code freeSheets} order; outliers dropped once. */
    private static Fit solve(List<Segment> segments, List<int[]> pairs, List<String> freeSheets) {
        Map<String, Integer> index = new HashMap<>();
        for (int f = 0; f < freeSheets.size(); f++) {
            index.put(freeSheets.get(f), f);
        }
        List<Equation> equations = new ArrayList<>();
        for (int[] pair : pairs) {
            equations.add(Equation.of(segments.get(pair[0]), segments.get(pair[1]), index));
        }
        double[] first = leastSquares(equations, PER_SHEET * freeSheets.size()).getSolver()
                .solve(new ArrayRealVector(rightSide(equations, PER_SHEET * freeSheets.size()), false)).toArray();
        List<Equation> kept = equations.stream().filter(e -> Math.abs(e.residual(first)) <= OUTLIER_LOG_GAP).toList();
        CholeskyDecomposition normal = leastSquares(kept, PER_SHEET * freeSheets.size());
        double[] change = normal.getSolver()
                .solve(new ArrayRealVector(rightSide(kept, PER_SHEET * freeSheets.size()), false)).toArray();
        double squares = kept.stream().mapToDouble(e -> sq(e.residual(change))).sum();
        double spread = Math.max(PAIR_SPREAD, Math.sqrt(squares / Math.max(1, kept.size())));
        return new Fit(change, normal, spread);
    }

    /**
     * One round's solution, with what it leaves uncertain: the inverse of the normal matrix times the squared spread
     * of the pairs' log length gaps is the covariance of the unknowns.
     */
    private record Fit(double[] change, CholeskyDecomposition normal, double spread) {

        /** Chi-square with two degrees of freedom at 1%: a keystone this far out of its own noise is seen. */
        private static final double KEYSTONE_CHI2 = 9.21;

        /**
         * Whether sheet {@code f}'s keystone stands out of its uncertainty: its Mahalanobis distance from none, under
         * the last round's covariance of (kx, ky), beyond {@link #KEYSTONE_CHI2}. Asked only of sheets whose own
         * pieces showed no keystone. In session 20's pipeline, on seed 21 (30x50, low variety, top-down), a floor of
         * 5e-6 per px instead let 11 of 125 sheets keep a keystone of 0.5-1.1e-5 per px from wrong pairs, and inner
         * top-1 fell from 64.2% uncalibrated to 59.6%; asked of every sheet, seed 22 (the same with scale ±8% and tilt
         * 5 degrees) kept 34 keystones of 93 and gave 19.2% where asking only the others gives 41.9%. Today (the priors
         * still at a spread of 0.01), without the test seed 21 gives 96.3% against 97.1% with it, and seed 201 (low
         * variety, capture) 96.3% against 96.2%.
         */
        boolean keystoneShown(SheetCalibration calibration, int f) {
            int kx = PER_SHEET * f + 1;
            // Two columns of the inverse, not all of it: 625 unknowns for 125 sheets.
            RealVector columnX = normal.getSolver().solve(unit(change.length, kx));
            RealVector columnY = normal.getSolver().solve(unit(change.length, kx + 1));
            double cxx = columnX.getEntry(kx);
            double cxy = columnX.getEntry(kx + 1);
            double cyy = columnY.getEntry(kx + 1);
            double det = cxx * cyy - cxy * cxy;
            double x = calibration.keystoneX();
            double y = calibration.keystoneY();
            double distance = (cyy * x * x - 2 * cxy * x * y + cxx * y * y) / det / sq(spread);
            return distance > KEYSTONE_CHI2;
        }
    }

    private static RealVector unit(int size, int at) {
        RealVector unit = new ArrayRealVector(size);
        unit.setEntry(at, 1);
        return unit;
    }

    private static double[] rightSide(List<Equation> equations, int unknowns) {
        double[] right = new double[unknowns];
        for (Equation equation : equations) {
            for (int i = 0; i < equation.columns.length; i++) {
                right[equation.columns[i]] -= equation.coefficients[i] * equation.constant;
            }
        }
        return right;
    }

    private static CholeskyDecomposition leastSquares(List<Equation> equations, int unknowns) {
        double[][] normal = new double[unknowns][unknowns];
        double[] priors = {sq(PAIR_SPREAD / SCALE_PRIOR), sq(PAIR_SPREAD / KEYSTONE_PRIOR),
                sq(PAIR_SPREAD / KEYSTONE_PRIOR), sq(PAIR_SPREAD / STRETCH_PRIOR), sq(PAIR_SPREAD / STRETCH_PRIOR)};
        for (int u = 0; u < unknowns; u++) {
            normal[u][u] = priors[u % PER_SHEET];
        }
        for (Equation equation : equations) {
            for (int i = 0; i < equation.columns.length; i++) {
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
        return new CholeskyDecomposition(new Array2DRowRealMatrix(normal, false));
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

        /** {@code sign * (ds - k . w + a (ux^2 - uy^2) + 2 b ux uy)} with {@code w = m + (u . m) u} of the chord. */
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
            int first = PER_SHEET * sheet;
            double[] terms = {1, -(mx + along * ux), -(my + along * uy), ux * ux - uy * uy, 2 * ux * uy};
            for (int t = 0; t < PER_SHEET; t++) {
                columns.add(first + t);
                coefficients.add(sign * terms[t]);
            }
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
