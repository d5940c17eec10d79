package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One photographed sheet as stored in {@code metadata.json}.
 *
 * @param imgPath   the photo, relative to the data root, with '/' separators
 * @param threshold the grayscale threshold (0-255) the pieces were found with
 * @param minArea   the smallest bounding-box area, in square pixels, kept as a piece
 * @param createdAt when it was ingested, ISO-8601 in UTC
 * @param calibration how the sheet's pixels are brought to the puzzle's common scale; a field beyond the seed's
 *                  format, which its readers ignore; {@link SheetCalibration#IDENTITY} when null
 */
public record SheetRecord(
        @JsonProperty("sheet_id") String sheetId,
        @JsonProperty("img_path") String imgPath,
        @JsonProperty("piece_count") int pieceCount,
        @JsonProperty("threshold") int threshold,
        @JsonProperty("min_area") int minArea,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("calibration") SheetCalibration calibration) {

    public SheetRecord {
        calibration = calibration == null ? SheetCalibration.IDENTITY : calibration;
        SheetIds.requireValid(sheetId);
        Objects.requireNonNull(imgPath, "img_path");
        if (pieceCount < 0) {
            throw new IllegalArgumentException("sheet '" + sheetId + "' has piece_count " + pieceCount);
        }
        Objects.requireNonNull(createdAt, "created_at");
        try {
            Instant.parse(createdAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("sheet '" + sheetId + "' has created_at '" + createdAt
                    + "': expected an ISO-8601 instant such as 2026-11-25T12:00:00Z", e);
        }
    }

    /** A sheet taken at the puzzle's scale as it is ({@link SheetCalibration#IDENTITY}). */
    public SheetRecord(String sheetId, String imgPath, int pieceCount, int threshold, int minArea, String createdAt) {
        this(sheetId, imgPath, pieceCount, threshold, minArea, createdAt, SheetCalibration.IDENTITY);
    }

    /** This sheet with another calibration. */
    public SheetRecord withCalibration(SheetCalibration newCalibration) {
        return new SheetRecord(sheetId, imgPath, pieceCount, threshold, minArea, createdAt, newCalibration);
    }
}
