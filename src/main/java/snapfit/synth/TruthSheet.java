package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import snapfit.model.SheetBoard;
import java.util.Objects;
import snapfit.model.PieceId;

/**
 * One generated sheet photo in {@code truth.json}.
 *
 * @param sheetId    the image's file name without extension, e.g. {@code sheet_00}
 * @param imgPath    the image relative to the generated folder, with '/' separators
 * @param width      image width in pixels
 * @param height     image height in pixels
 * @param pieceCount pieces on the sheet, indexed 0 to pieceCount - 1
 * @param scale      photo pixels per puzzle pixel at the photo's centre, as the camera's height and tilt made it
 *                   (1 for a top-down shot at the nominal height)
 * @param board      for a marker board photo, the true homography from photo pixels to board units (so the
 *                   truth's photo coordinates give the board frame's); null and left out otherwise
 */
public record TruthSheet(
        @JsonProperty("sheet_id") String sheetId,
        @JsonProperty("img_path") String imgPath,
        @JsonProperty("width") int width,
        @JsonProperty("height") int height,
        @JsonProperty("piece_count") int pieceCount,
        @JsonProperty("scale") double scale,
        @JsonProperty("board") @JsonInclude(JsonInclude.Include.NON_NULL) SheetBoard board) {

    public TruthSheet {
        scale = scale == 0 ? 1 : scale; // truth files from before capture variation
        new PieceId(sheetId, 0); // validates the sheet id by the model's rule
        Objects.requireNonNull(imgPath, "img_path of " + sheetId);
        if (width <= 0 || height <= 0 || pieceCount < 0) {
            throw new IllegalArgumentException("sheet " + sheetId + ": size " + width + "x" + height
                    + " and piece_count " + pieceCount + " must be positive");
        }
    }
}
