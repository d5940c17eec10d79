package snapfit.model;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.OptBoolean;
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
 * @param metadata  the identity a marker board's QR code gave, under upstream's field names; null (and left out of
 *                  the file) for a sheet photographed without a board
 * @param board     where the photo's pixels lie on the marker board; null (and left out) without a board
 */
public record SheetRecord(
        @JsonProperty("sheet_id") String sheetId,
        @JsonProperty("img_path") String imgPath,
        @JsonProperty("piece_count") int pieceCount,
        @JsonProperty("threshold") int threshold,
        @JsonProperty("min_area") int minArea,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("calibration") SheetCalibration calibration,
        @JsonProperty("metadata") @JsonInclude(JsonInclude.Include.NON_NULL)
        @JacksonInject(value = OptionalField.SHEET_METADATA, useInput = OptBoolean.TRUE) SheetIdentity metadata,
        @JsonProperty("board") @JsonInclude(JsonInclude.Include.NON_NULL)
        @JacksonInject(value = OptionalField.SHEET_BOARD, useInput = OptBoolean.TRUE) SheetBoard board) {

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

    /** A sheet photographed without a board. */
    public SheetRecord(String sheetId, String imgPath, int pieceCount, int threshold, int minArea, String createdAt,
                       SheetCalibration calibration) {
        this(sheetId, imgPath, pieceCount, threshold, minArea, createdAt, calibration, null, null);
    }

    /** This sheet with another calibration. */
    public SheetRecord withCalibration(SheetCalibration newCalibration) {
        return new SheetRecord(sheetId, imgPath, pieceCount, threshold, minArea, createdAt, newCalibration, metadata,
                board);
    }

    /** This sheet as photographed on a marker board. */
    public SheetRecord withBoard(SheetIdentity newMetadata, SheetBoard newBoard) {
        return new SheetRecord(sheetId, imgPath, pieceCount, threshold, minArea, createdAt, calibration, newMetadata,
                newBoard);
    }
}
