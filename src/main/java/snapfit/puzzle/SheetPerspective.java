package snapfit.puzzle;

import java.util.Collection;
import java.util.List;
import snapfit.model.CornerPos;
import snapfit.model.Corners;
import snapfit.model.SheetCalibration;

/**
 * What a sheet's own pieces tell about how it was photographed: the pieces of one puzzle all have about the
 * same size, so their sizes across the sheet show the camera's height and tilt.
 * <ul>
 *   <li>The keystone: a tilted camera sees pieces on the far side smaller. Under the perspective
 *       {@code p -> p / (1 + k . p)} areas shrink by {@code (1 + k . p)^3}, so the gradient of the pieces'
 *       log areas across the sheet gives {@code k}: a least-squares fit, shrunk toward no tilt (ridge) so that a
 *       sheet of few pieces, or pieces in one row, stays untilted, kept only when it stands out of the pieces'
 *       own spread of sizes, and refitted on the corrected corners a few times, as the log-linear model is only
 *       first order.</li>
 *   <li>The size: the geometric mean of the pieces' sizes (square root of the area between their four corners,
 *       which tabs and blanks do not change) once the keystone is undone.</li>
 * </ul>
 * Uses only corner positions, so it costs microseconds per sheet. Immutable.
 *
 * @param size      the pieces' typical size in sheet pixels at the origin, keystone undone
 * @param sizeError the standard error of {@code log(size)}, from how much the pieces' sizes differ
 * @param keystoneX see {@link SheetCalibration}
 * @param keystoneY see {@link SheetCalibration}
 * @param originX   the mean of the pieces' centres, sheet pixels
 * @param originY   the same in y
 */
public record SheetPerspective(double size, double sizeError, double keystoneX, double keystoneY, double originX,
                               double originY) {

    /** How much one piece's log area strays from the puzzle's: corner jitter of a cut grid, about 4%. */
    private static final double PIECE_LOG_AREA_SPREAD = 0.04;
    /** Prior spread of the log-area gradient (1/px), three times the keystone: a phone tilted about 3 degrees. */
    private static final double KEYSTONE_PRIOR = 5e-5;
    /** Ridge term (px^2): the gradient's prior in the units of the fit's sums of squared offsets. */
    private static final double RIDGE = PIECE_LOG_AREA_SPREAD * PIECE_LOG_AREA_SPREAD / (KEYSTONE_PRIOR * KEYSTONE_PRIOR);
    private static final int REFITS = 3;
    /** How often a sheet shot from straight above is given a keystone by chance. */
    private static final double FALSE_KEYSTONE_RATE = 0.01;
    /** Standard errors by which a sheet's size must differ from the puzzle's before it is rescaled. */
    private static final double SIGNIFICANT_ERRORS = 2;

    /**
     * The perspective shown by one sheet's pieces, given their corners in sheet pixels.
     *
     * @throws IllegalArgumentException for a sheet without pieces, or pieces of no area
     */
    public static SheetPerspective estimate(List<Corners> pieces) {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a sheet's perspective needs at least one piece");
        }
        int n = pieces.size();
        double originX = 0;
        double originY = 0;
        for (Corners corners : pieces) {
            for (CornerPos corner : CornerPos.values()) {
                originX += corners.get(corner).x() / (4.0 * n);
                originY += corners.get(corner).y() / (4.0 * n);
            }
        }
        SheetCalibration rectify = new SheetCalibration(1, 0, 0, originX, originY);
        Fit fit = Fit.of(pieces, rectify);
        double sizeError = fit.spread() / 2 / Math.sqrt(n);
        if (!fit.keystoneSignificant()) {
            return new SheetPerspective(Math.exp(fit.meanLogArea() / 2), sizeError, 0, 0, originX, originY);
        }
        for (int refit = 0; refit < REFITS; refit++) {
            // Areas scale by (1 + k . p)^-3 to first order, so a residual gradient g calls for k + g / 3.
            rectify = new SheetCalibration(1, rectify.keystoneX() + fit.gradientX() / 3,
                    rectify.keystoneY() + fit.gradientY() / 3, originX, originY);
            fit = Fit.of(pieces, rectify);
        }
        return new SheetPerspective(Math.exp(fit.meanLogArea() / 2), sizeError, rectify.keystoneX(),
                rectify.keystoneY(), originX, originY);
    }

    /** The puzzle's piece size: the median of its sheets' sizes, so that one odd sheet does not set it. */
    public static double referenceSize(Collection<SheetPerspective> sheets) {
        double[] sizes = sheets.stream().mapToDouble(SheetPerspective::size).sorted().toArray();
        if (sizes.length == 0) {
            throw new IllegalArgumentException("the puzzle's piece size needs at least one sheet");
        }
        int middle = sizes.length / 2;
        return sizes.length % 2 == 1 ? sizes[middle] : (sizes[middle - 1] + sizes[middle]) / 2;
    }

    /**
     * The calibration that undoes this keystone and brings this sheet's pieces to {@code referenceSize}; scale 1
     * when the two sizes differ by less than {@value #SIGNIFICANT_ERRORS} standard errors, since rescaling by noise
     * only adds error to a sheet shot at the puzzle's scale.
     */
    public SheetCalibration calibrationTo(double referenceSize) {
        double logScale = Math.log(referenceSize / size);
        double scale = Math.abs(logScale) < SIGNIFICANT_ERRORS * sizeError ? 1 : referenceSize / size;
        return new SheetCalibration(scale, keystoneX, keystoneY, originX, originY);
    }

    /**
     * One least-squares fit of the pieces' log areas (corners mapped by {@code rectify}) to their position: mean,
     * ridge gradient, the spread left, and whether the plain gradient stands out of that spread: an F-test on
     * (2, n - 3) degrees of freedom at {@value #FALSE_KEYSTONE_RATE}, whose quantile has the closed form
     * {@code (d / 2) (alpha^(-2 / d) - 1)}. A keystone that does not stand out would distort the far pieces by its
     * noise, which for a top-down photo costs more than it corrects.
     */
    private record Fit(double meanLogArea, double gradientX, double gradientY, double spread,
                       boolean keystoneSignificant) {

        static Fit of(List<Corners> pieces, SheetCalibration rectify) {
            int n = pieces.size();
            double[] x = new double[n];
            double[] y = new double[n];
            double[] logAreas = new double[n];
            for (int i = 0; i < n; i++) {
                double[][] quad = mapped(pieces.get(i), rectify);
                logAreas[i] = Math.log(area(quad));
                x[i] = (quad[0][0] + quad[1][0] + quad[2][0] + quad[3][0]) / 4;
                y[i] = (quad[0][1] + quad[1][1] + quad[2][1] + quad[3][1]) / 4;
            }
            double mean = mean(logAreas);
            double meanX = mean(x);
            double meanY = mean(y);
            double xx = 0;
            double xy = 0;
            double yy = 0;
            double xv = 0;
            double yv = 0;
            for (int i = 0; i < n; i++) {
                double dx = x[i] - meanX;
                double dy = y[i] - meanY;
                double v = logAreas[i] - mean;
                xx += dx * dx;
                xy += dx * dy;
                yy += dy * dy;
                xv += dx * v;
                yv += dy * v;
            }
            double determinant = (xx + RIDGE) * (yy + RIDGE) - xy * xy;
            double gx = ((yy + RIDGE) * xv - xy * yv) / determinant;
            double gy = ((xx + RIDGE) * yv - xy * xv) / determinant;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double residual = logAreas[i] - mean - gx * (x[i] - meanX) - gy * (y[i] - meanY);
                squares += residual * residual;
            }
            double spread = n > 3 ? Math.sqrt(squares / (n - 3)) : PIECE_LOG_AREA_SPREAD;
            double plainDeterminant = xx * yy - xy * xy;
            boolean significant = false;
            if (n > 3 && plainDeterminant > 0 && spread > 0) {
                double px = (yy * xv - xy * yv) / plainDeterminant;
                double py = (xx * yv - xy * xv) / plainDeterminant;
                double f = (px * px * xx + 2 * px * py * xy + py * py * yy) / 2 / (spread * spread);
                double d = n - 3;
                significant = f > d / 2 * (Math.pow(FALSE_KEYSTONE_RATE, -2 / d) - 1);
            }
            return new Fit(mean, gx, gy, spread, significant);
        }
    }

    private static double[][] mapped(Corners corners, SheetCalibration calibration) {
        double[][] quad = new double[4][];
        for (CornerPos corner : CornerPos.values()) {
            double x = corners.get(corner).x();
            double y = corners.get(corner).y();
            quad[corner.ordinal()] = new double[] {calibration.toPuzzleX(x, y), calibration.toPuzzleY(x, y)};
        }
        return quad;
    }

    /** Shoelace area of a quadrilateral, either winding. */
    private static double area(double[][] quad) {
        double twice = 0;
        for (int i = 0; i < 4; i++) {
            double[] a = quad[i];
            double[] b = quad[(i + 1) % 4];
            twice += a[0] * b[1] - b[0] * a[1];
        }
        double area = Math.abs(twice) / 2;
        if (!(area > 0)) {
            throw new IllegalArgumentException("a piece's corners enclose no area");
        }
        return area;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
