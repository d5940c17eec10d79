package snapfit.synth;

import java.util.List;
import java.util.Objects;

/**
 * One sheet to photograph: its id (the image file name without extension), its size in pixels and
 * its pieces in index order.
 *
 * @param captureScale photo pixels per laid-out sheet pixel at the photo's centre: 1 until a {@link CameraView}
 *                     photographs the sheet
 * @param board        the marker board under the pieces, or null for plain paper
 */
record PlacedSheet(String sheetId, int width, int height, List<PlacedPiece> pieces, double captureScale,
                   BoardPlacement board) {

    PlacedSheet {
        Objects.requireNonNull(sheetId, "sheetId");
        pieces = List.copyOf(pieces);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("sheet " + sheetId + " is " + width + "x" + height + " px");
        }
    }
}
