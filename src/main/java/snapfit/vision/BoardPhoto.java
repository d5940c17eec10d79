package snapfit.vision;

import java.util.List;
import java.util.Optional;

/**
 * What a photo of pieces on a marker board shows: where it lies on the board, which board it is, and the pieces.
 *
 * @param homography the 3 x 3 homography, row by row, from photo pixels to board units, last element 1
 * @param markers    how many of the board's 20 rim markers were seen
 * @param qrPayload  the board's QR code, or null when it could not be read
 * @param outlines   the pieces in the slot area, in photo pixels, as {@link PieceDetector#detect} gives them
 */
public record BoardPhoto(List<Double> homography, int markers, String qrPayload, List<TracedOutline> outlines) {

    public BoardPhoto {
        homography = List.copyOf(homography);
        outlines = List.copyOf(outlines);
    }

    public Optional<String> qr() {
        return Optional.ofNullable(qrPayload);
    }
}
