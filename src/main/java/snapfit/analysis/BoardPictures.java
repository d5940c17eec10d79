package snapfit.analysis;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import snapfit.model.SheetRecord;
import snapfit.vision.BoardDetector;

/**
 * Pictures of a sheet photographed on a marker board, from its stored record: the photo warped to the board's own
 * frame, top-down and at one scale, as the matching sees it. Stateless and thread-safe.
 */
public final class BoardPictures {

    private BoardPictures() {
    }

    /**
     * The photo of {@code sheet} (its {@code img_path} under {@code dataRoot}) warped through its stored
     * photo-to-board homography to the whole board, {@code pixelsPerUnit} image pixels per board unit
     * ({@link snapfit.model.BoardLayout}: 940 x 1340 units).
     *
     * @throws IllegalArgumentException when the sheet was not photographed on a board
     * @throws snapfit.model.InputFileException when the photo is missing or unreadable
     */
    public static BufferedImage rectified(SheetRecord sheet, Path dataRoot, double pixelsPerUnit) {
        if (sheet.board() == null) {
            throw new IllegalArgumentException("sheet '" + sheet.sheetId() + "' was not photographed on a marker board,"
                    + " so it has no board frame; pick a sheet whose record has a board field");
        }
        if (!(pixelsPerUnit > 0 && pixelsPerUnit <= 10)) {
            throw new IllegalArgumentException("pixels per board unit " + pixelsPerUnit + " must be above 0 and at most 10");
        }
        return BoardDetector.rectified(dataRoot.resolve(sheet.imgPath()), sheet.board().homography(), pixelsPerUnit);
    }
}
