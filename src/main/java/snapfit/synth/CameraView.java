package snapfit.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a hand-held phone sees one sheet: the flat sheet, laid out in its own pixels, as it appears in the photo.
 * In order, about the sheet's centre:
 * <ol>
 *   <li>a uniform scale (camera height);</li>
 *   <li>a perspective: the pinhole camera (focal length {@value #FOCAL_PER_DIAGONAL} sheet diagonals, a phone's
 *       main camera) turned by the tilt about an axis in the sheet's plane, the homography {@code K R K^-1};</li>
 *   <li>barrel distortion, {@code r -> r (1 - k (r / rCorner)^2)};</li>
 *   <li>a shift that puts the whole sheet inside the photo, which is as large as it needs to be.</li>
 * </ol>
 * Outlines are dense (about a point per pixel), so mapping their points maps the curves. Immutable.
 */
final class CameraView {

    static final double FOCAL_PER_DIAGONAL = 0.6;
    private static final int BORDER_SAMPLES = 16;

    private final double centreX;
    private final double centreY;
    private final double scale;
    private final double focal;
    private final double[] rotation;
    private final double lensDistortion;
    private final double cornerRadius;
    private final double shiftX;
    private final double shiftY;
    private final int width;
    private final int height;

    CameraView(int sheetWidth, int sheetHeight, double scale, double tiltDegrees, double axisRadians,
                       double lensDistortion) {
        this.centreX = sheetWidth / 2.0;
        this.centreY = sheetHeight / 2.0;
        this.scale = scale;
        double diagonal = Math.hypot(sheetWidth, sheetHeight);
        this.focal = FOCAL_PER_DIAGONAL * diagonal;
        this.rotation = rotationAbout(Math.cos(axisRadians), Math.sin(axisRadians), Math.toRadians(tiltDegrees));
        this.lensDistortion = lensDistortion;
        this.cornerRadius = scale * diagonal / 2;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] point : border(sheetWidth, sheetHeight)) {
            double[] mapped = map(point[0], point[1]);
            minX = Math.min(minX, mapped[0]);
            minY = Math.min(minY, mapped[1]);
            maxX = Math.max(maxX, mapped[0]);
            maxY = Math.max(maxY, mapped[1]);
        }
        this.shiftX = -Math.floor(minX);
        this.shiftY = -Math.floor(minY);
        this.width = (int) Math.ceil(maxX) + (int) shiftX;
        this.height = (int) Math.ceil(maxY) + (int) shiftY;
    }

    /** A view of a {@code sheetWidth x sheetHeight} sheet drawn for one sheet from {@code capture}. */
    static CameraView random(CaptureConfig capture, int sheetWidth, int sheetHeight, SplittableRandom random) {
        double scale = 1 + RandomDraws.plusMinus(random, capture.scaleJitter());
        double tilt = random.nextDouble() * capture.tiltDegrees();
        double axis = random.nextDouble() * 2 * Math.PI;
        return new CameraView(sheetWidth, sheetHeight, scale, tilt, axis, capture.lensDistortion());
    }

    /** The sheet photographed through this view: its photo size and every outline in photo pixels. */
    PlacedSheet photograph(PlacedSheet sheet) {
        List<PlacedPiece> pieces = new ArrayList<>(sheet.pieces().size());
        for (PlacedPiece piece : sheet.pieces()) {
            pieces.add(new PlacedPiece(piece.id(), piece.piece(), outline(piece.outline()),
                    piece.quarterTurns(), piece.tiltDegrees()));
        }
        BoardPlacement board = sheet.board() == null ? null : sheet.board().mapped(point -> {
            double[] mapped = map(point[0], point[1]);
            return new double[] {mapped[0] + shiftX, mapped[1] + shiftY};
        });
        return new PlacedSheet(sheet.sheetId(), width, height, pieces, localScale(), board);
    }

    /** Photo pixels per sheet pixel at the sheet's centre: the scale a size estimate should find. */
    double localScale() {
        double step = 10;
        double[] origin = map(centreX, centreY);
        double[] right = map(centreX + step, centreY);
        double[] down = map(centreX, centreY + step);
        double area = Math.abs((right[0] - origin[0]) * (down[1] - origin[1]) - (right[1] - origin[1]) * (down[0] - origin[0]));
        return Math.sqrt(area) / step;
    }

    private PieceOutline outline(PieceOutline outline) {
        double[] xs = new double[outline.size()];
        double[] ys = new double[outline.size()];
        for (int i = 0; i < xs.length; i++) {
            double[] mapped = map(outline.x(i), outline.y(i));
            xs[i] = mapped[0] + shiftX;
            ys[i] = mapped[1] + shiftY;
        }
        return outline.withPoints(xs, ys);
    }

    /** A sheet point in photo pixels, before the final shift. */
    private double[] map(double x, double y) {
        double qx = scale * (x - centreX);
        double qy = scale * (y - centreY);
        // The ray (qx, qy, focal) turned with the camera, then projected back onto the image plane.
        double rx = rotation[0] * qx + rotation[1] * qy + rotation[2] * focal;
        double ry = rotation[3] * qx + rotation[4] * qy + rotation[5] * focal;
        double rz = rotation[6] * qx + rotation[7] * qy + rotation[8] * focal;
        double px = focal * rx / rz;
        double py = focal * ry / rz;
        double r2 = (px * px + py * py) / (cornerRadius * cornerRadius);
        double barrel = 1 - lensDistortion * r2;
        return new double[] {centreX + px * barrel, centreY + py * barrel};
    }

    /** Rodrigues' rotation by {@code angle} about the unit axis (ax, ay, 0), row-major. */
    private static double[] rotationAbout(double ax, double ay, double angle) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double t = 1 - cos;
        return new double[] {
                cos + ax * ax * t, ax * ay * t, ay * sin,
                ax * ay * t, cos + ay * ay * t, -ax * sin,
                -ay * sin, ax * sin, cos};
    }

    /** Points along the sheet's border: with a lens the border bends, so its corners alone do not bound it. */
    private static List<double[]> border(int width, int height) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i <= BORDER_SAMPLES; i++) {
            double t = (double) i / BORDER_SAMPLES;
            points.add(new double[] {t * width, 0});
            points.add(new double[] {t * width, height});
            points.add(new double[] {0, t * height});
            points.add(new double[] {width, t * height});
        }
        return points;
    }
}
