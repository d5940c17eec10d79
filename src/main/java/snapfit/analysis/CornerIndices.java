package snapfit.analysis;

import snapfit.model.CornerPos;

/**
 * Where a piece's four corners are in its contour: indices into the contour's points, as stored in
 * {@code contours/{sheet}_corners.json}. Following the contour from one corner to the next in
 * {@link CornerPos} order traces the sides left, bottom, right, top.
 */
public record CornerIndices(int topLeft, int bottomLeft, int bottomRight, int topRight) {

    public CornerIndices {
        if (topLeft < 0 || bottomLeft < 0 || bottomRight < 0 || topRight < 0) {
            throw new IllegalArgumentException("corner indices " + topLeft + ", " + bottomLeft + ", " + bottomRight
                    + ", " + topRight + " include a negative one: they index contour points from 0");
        }
    }

    /** The contour index of {@code corner}. */
    public int get(CornerPos corner) {
        return switch (corner) {
            case TOP_LEFT -> topLeft;
            case BOTTOM_LEFT -> bottomLeft;
            case BOTTOM_RIGHT -> bottomRight;
            case TOP_RIGHT -> topRight;
        };
    }
}
