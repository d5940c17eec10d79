package snapfit.puzzle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import snapfit.model.BoardLayout;
import snapfit.model.BoardSet;
import snapfit.model.InputFileException;
import snapfit.model.PixelBox;
import snapfit.model.SheetBoard;
import snapfit.model.SheetIdentity;
import snapfit.vision.BoardDetector;
import snapfit.vision.BoardPhoto;
import snapfit.vision.PieceDetectionConfig;
import snapfit.vision.TracedOutline;

/**
 * Loads sheet photos that may show a marker board. A photo with a board becomes a sheet whose id is its QR code's
 * ({@link SheetIdentity#sheetId()}, the file name when the code cannot be read), whose pieces are those in the slot
 * area, labelled with their slot, and which keeps the photo-to-board homography. A photo without a board is a plain
 * sheet, or refused when a board is required. Stateless and thread-safe.
 */
public final class BoardSheets {

    private BoardSheets() {
    }

    /**
     * The sheet on the photo at {@code image}.
     *
     * @param requiredSet the board set every photo must show ({@code --board}), or null to look for a board and
     *                    take a photo without one as a plain sheet
     * @throws InputFileException for an unreadable photo, one without pieces, one without a board when a board is
     *                            required, or a board whose size is unknown (QR code unreadable and no set given)
     */
    public static Sheet load(Path image, PieceDetectionConfig config, BoardSet requiredSet) {
        Optional<BoardPhoto> found = BoardDetector.detect(image, config);
        if (found.isEmpty()) {
            if (requiredSet != null) {
                throw new InputFileException(image, "shows no marker board (fewer than 4 of its 20 rim markers were"
                        + " found); photograph the whole board with its rim in view, or ingest without --board");
            }
            return Sheet.load(image, config);
        }
        BoardPhoto photo = found.get();
        SheetIdentity identity = photo.qr().map(payload -> identityOf(image, payload)).orElse(null);
        double unitsPerMm = unitsPerMm(image, identity, requiredSet);
        SheetBoard board = new SheetBoard(photo.homography(), unitsPerMm);
        List<String> labels = new ArrayList<>();
        for (TracedOutline outline : photo.outlines()) {
            labels.add(slotOf(outline.pixels(), board));
        }
        String id = identity == null ? Sheet.sheetIdOf(image) : identity.sheetId();
        return Sheet.of(id, image, config, photo.outlines(), new BoardCapture(board, identity, labels));
    }

    private static SheetIdentity identityOf(Path image, String payload) {
        try {
            return SheetIdentity.ofPayload(payload);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(image, e.getMessage(), e);
        }
    }

    private static double unitsPerMm(Path image, SheetIdentity identity, BoardSet requiredSet) {
        if (requiredSet != null) {
            if (identity != null && !identity.tagName().equals(requiredSet.tagName())) {
                throw new InputFileException(image, "shows a board of set '" + identity.tagName() + "', not of the set '"
                        + requiredSet.tagName() + "' given with --board; give that set's boards.json, or leave --board out");
            }
            return requiredSet.unitsPerMm();
        }
        OptionalDouble fromQr = identity == null ? OptionalDouble.empty() : BoardSet.unitsPerMmOf(identity.boardConfigId());
        if (fromQr.isEmpty()) {
            throw new InputFileException(image, "shows a marker board whose size is unknown (its QR code "
                    + (identity == null ? "could not be read" : "names board config '" + identity.boardConfigId() + "'")
                    + "); pass --board with the boards.json that `snapfit board` wrote");
        }
        return fromQr.getAsDouble();
    }

    /** The slot under the middle of the outline's bounding box; pieces lie within their slot. */
    private static String slotOf(int[] outline, SheetBoard board) {
        PixelBox box = Contour.ofInterleaved(outline).boundingBox();
        return BoardLayout.slotLabelAt(board.boardX(box.centerX(), box.centerY()), board.boardY(box.centerX(), box.centerY()))
                .orElseThrow(() -> new IllegalStateException("a piece found in the slot area at " + box + " lies in no slot"));
    }
}
