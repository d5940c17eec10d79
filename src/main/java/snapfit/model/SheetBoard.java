package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Where a board photo's pixels lie on the board: the sheet record's {@code board} field.
 *
 * @param homography  the 3 x 3 homography, row by row, from photo pixels (x right, y down) to board units
 *                    ({@link BoardLayout}), normalised so that its last element is 1
 * @param pixelsPerMm board units per millimetre of the printed or shown board
 */
public record SheetBoard(
        @JsonProperty("homography") List<Double> homography,
        @JsonProperty("pixels_per_mm") double pixelsPerMm) {

    public SheetBoard {
        homography = List.copyOf(homography);
        if (homography.size() != 9 || !homography.stream().allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("board homography " + homography + ": expected 9 finite numbers, row by row");
        }
        if (!(pixelsPerMm > 0) || Double.isInfinite(pixelsPerMm)) {
            throw new IllegalArgumentException("board pixels_per_mm " + pixelsPerMm + " must be a positive number");
        }
    }

    /** The board x of photo point (x, y). */
    public double boardX(double x, double y) {
        return (h(0) * x + h(1) * y + h(2)) / (h(6) * x + h(7) * y + h(8));
    }

    /** The board y of photo point (x, y). */
    public double boardY(double x, double y) {
        return (h(3) * x + h(4) * y + h(5)) / (h(6) * x + h(7) * y + h(8));
    }

    /**
     * The calibration that maps photo pixels about {@code (originX, originY)} to the board frame at
     * {@code puzzlePerUnit} puzzle pixels per board unit, up to a turn of the whole sheet (which changes no edge's
     * fit). With {@code d = p - origin}, {@code H(p) - H(origin) = L d / (1 + k . d)} where {@code k} is the
     * homography's last row over its value at the origin and {@code L = (M - H(origin) k^T)}, {@code M} its
     * top-left 2 x 2, divided by the same; {@code L}'s symmetric polar factor gives scale, stretch and shear.
     *
     * @throws IllegalArgumentException for a homography that mirrors the photo or flattens it
     */
    public SheetCalibration calibration(double originX, double originY, double puzzlePerUnit) {
        double w = h(6) * originX + h(7) * originY + h(8);
        double kx = h(6) / w;
        double ky = h(7) / w;
        double bx = boardX(originX, originY);
        double by = boardY(originX, originY);
        double l00 = (h(0) - bx * h(6)) / w;
        double l01 = (h(1) - bx * h(7)) / w;
        double l10 = (h(3) - by * h(6)) / w;
        double l11 = (h(4) - by * h(7)) / w;
        if (!(l00 * l11 - l01 * l10 > 0)) {
            throw new IllegalArgumentException("board homography " + homography + " mirrors or flattens the photo");
        }
        // L = R S: R turns by the angle of (l00 + l11, l10 - l01); S = R^T L is symmetric.
        double angle = Math.atan2(l10 - l01, l00 + l11);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double s00 = cos * l00 + sin * l10;
        double s01 = cos * l01 + sin * l11;
        double s11 = -sin * l01 + cos * l11;
        double scale = (s00 + s11) / 2;
        return new SheetCalibration(puzzlePerUnit * scale, kx, ky, originX, originY, (s00 - s11) / (2 * scale),
                s01 / scale);
    }

    private double h(int index) {
        return homography.get(index);
    }
}
