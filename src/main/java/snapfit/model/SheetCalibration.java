package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How one sheet's pixels are brought to the puzzle's common scale before its edges are compared with those of
 * other sheets: a hand-held phone photographs each sheet from its own height (scale) and slightly tilted (a
 * keystone: pieces on the far side look smaller). A sheet point {@code p} maps to
 * {@code scale * (p - origin) / (1 + keystone . (p - origin))}: the perspective that the keystone implies undone
 * about the origin, then the sheet brought to the puzzle's piece size. Estimated from the sheet's own pieces
 * (the puzzle package's {@code SheetScales}).
 *
 * @param scale     puzzle pixels per sheet pixel at the origin, after the keystone is undone
 * @param keystoneX the perspective's change of scale per pixel in x (1/px), 0 for a top-down photo
 * @param keystoneY the same in y
 * @param originX   the point, in sheet pixels, about which the keystone is undone (the pieces' centre)
 * @param originY   the same in y
 */
public record SheetCalibration(
        @JsonProperty("scale") double scale,
        @JsonProperty("keystone_x") double keystoneX,
        @JsonProperty("keystone_y") double keystoneY,
        @JsonProperty("origin_x") double originX,
        @JsonProperty("origin_y") double originY) {

    /** A sheet taken as it is: scale 1, no keystone. */
    public static final SheetCalibration IDENTITY = new SheetCalibration(1, 0, 0, 0, 0);

    public SheetCalibration {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("sheet scale " + scale + " must be a positive number");
        }
        for (double value : new double[] {keystoneX, keystoneY, originX, originY}) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("sheet keystone and origin must be finite, got " + value);
            }
        }
    }

    /** The puzzle-scale x of sheet point (x, y). */
    public double toPuzzleX(double x, double y) {
        return scale * (x - originX) / perspective(x, y);
    }

    /** The puzzle-scale y of sheet point (x, y). */
    public double toPuzzleY(double x, double y) {
        return scale * (y - originY) / perspective(x, y);
    }

    private double perspective(double x, double y) {
        return 1 + keystoneX * (x - originX) + keystoneY * (y - originY);
    }
}
