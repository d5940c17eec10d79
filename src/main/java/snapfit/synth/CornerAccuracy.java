package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import snapfit.model.CornerPos;
import snapfit.model.PixelPoint;

/**
 * How far detected corners are from the true ones, compared by name (a corner detected under the
 * wrong name counts as far off), over the pieces that were found.
 *
 * @param corners     corners compared
 * @param meanErrorPx mean distance in pixels (0 when none were compared)
 * @param maxErrorPx  largest distance in pixels
 * @param offCount    corners off by more than {@value #OFF_SHARE_OF_PIECE} of their piece's size
 * @param offShare    offCount / corners (0 when none were compared)
 */
public record CornerAccuracy(
        @JsonProperty("corners") int corners,
        @JsonProperty("mean_error_px") double meanErrorPx,
        @JsonProperty("max_error_px") double maxErrorPx,
        @JsonProperty("off_count") int offCount,
        @JsonProperty("off_share") double offShare) {

    /** A corner further off than this share of the piece size (mean side length) counts as off. */
    public static final double OFF_SHARE_OF_PIECE = 0.03;

    static CornerAccuracy of(PiecePairing pairing) {
        int count = 0;
        int off = 0;
        double sum = 0;
        double max = 0;
        for (PiecePairing.Pair pair : pairing.pairs()) {
            double limit = OFF_SHARE_OF_PIECE * pair.truth().pieceSize();
            for (CornerPos corner : CornerPos.values()) {
                PixelPoint truth = pair.truth().corners().get(corner);
                PixelPoint detected = pair.detected().corners().get(corner);
                double error = Math.hypot(detected.x() - truth.x(), detected.y() - truth.y());
                count++;
                sum += error;
                max = Math.max(max, error);
                if (error > limit) {
                    off++;
                }
            }
        }
        return new CornerAccuracy(count, count == 0 ? 0 : sum / count, max, off, count == 0 ? 0 : (double) off / count);
    }
}
