package snapfit.puzzle;

import java.util.List;
import java.util.Objects;
import snapfit.model.SheetBoard;
import snapfit.model.SheetIdentity;

/**
 * How a sheet was photographed on a marker board: where its pixels lie on the board, which board it is, and the slot
 * each of its pieces lies in.
 *
 * @param board    the photo-to-board homography and the board's units per millimetre
 * @param identity the board's QR identity, or null when the QR code could not be read
 * @param labels   each piece's slot label, in piece index order
 */
public record BoardCapture(SheetBoard board, SheetIdentity identity, List<String> labels) {

    public BoardCapture {
        Objects.requireNonNull(board, "board");
        labels = List.copyOf(labels);
    }
}
