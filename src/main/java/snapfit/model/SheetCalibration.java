package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How one sheet's pixels are brought to the puzzle's common scale before its edges are compared with those of
 * other sheets: a hand-held phone photographs each sheet from its own height (scale) and slightly tilted (a
 * keystone: pieces on the far side look smaller, and a tilted view also stretches the whole sheet a little along
 * the tilt). With {@code d = p - origin}, a sheet point {@code p} maps to
 * {@code scale * [[1 + stretch, shear], [shear, 1 - stretch]] d / (1 + keystone . d)}: the perspective that the
 * keystone implies undone about the origin, then the sheet brought to the puzzle's piece size and unstretched.
 * Estimated at ingest from the sheet's own pieces and the edges that match.
 *
 * @param scale     puzzle pixels per sheet pixel at the origin, after the keystone is undone
 * @param keystoneX the perspective's change of scale per pixel in x (1/px), 0 for a top-down photo
 * @param keystoneY the same in y
 * @param originX   the point, in sheet pixels, about which the keystone is undone (the pieces' centre)
 * @param originY   the same in y
 * @param stretch   how much longer x than y comes out, as a fraction either way (about 0.004 for a 5 degree tilt)
 * @param shear     the same along the diagonals
 */
public record SheetCalibration(
        @JsonProperty("scale") double scale,
        @JsonProperty("keystone_x") double keystoneX,
        @JsonProperty("keystone_y") double keystoneY,
        @JsonProperty("origin_x") double originX,
        @JsonProperty("origin_y") double originY,
        @JsonProperty("stretch") double stretch,
        @JsonProperty("shear") double shear) {

    /** A sheet taken as it is: scale 1, no keystone, no stretch. */
    public static final SheetCalibration IDENTITY = new SheetCalibration(1, 0, 0, 0, 0, 0, 0);

    public SheetCalibration {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("sheet scale " + scale + " must be a positive number");
        }
        for (double value : new double[] {keystoneX, keystoneY, originX, originY, stretch, shear}) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("sheet keystone, origin, stretch and shear must be finite, got " + value);
            }
        }
        if (!(Math.abs(stretch) < 0.5 && Math.abs(shear) < 0.5)) {
            throw new IllegalArgumentException("sheet stretch " + stretch + " and shear " + shear + " must be within ±0.5");
        }
    }

    /** A calibration without stretch or shear: scale and keystone about the origin. */
    public SheetCalibration(double scale, double keystoneX, double keystoneY, double originX, double originY) {
        this(scale, keystoneX, keystoneY, originX, originY, 0, 0);
    }

    /** The puzzle-scale x of sheet point (x, y). */
    public double toPuzzleX(double x, double y) {
        return scale * ((1 + stretch) * (x - originX) + shear * (y - originY)) / perspective(x, y);
    }

    /** The puzzle-scale y of sheet point (x, y). */
    public double toPuzzleY(double x, double y) {
        return scale * (shear * (x - originX) + (1 - stretch) * (y - originY)) / perspective(x, y);
    }

    private double perspective(double x, double y) {
        return 1 + keystoneX * (x - originX) + keystoneY * (y - originY);
    }
}
