package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Which sheet of which board set a board is, as its QR code says: the payload
 * {@code tag,sheet_index,total_sheets,board_config_id,yyyymmdd} of the upstream snap_fit boards, kept in the sheet
 * record's {@code metadata} object under upstream's field names.
 *
 * @param tagName       the board set's name; letters, digits, '-' and '_' (it becomes part of the sheet id)
 * @param sheetIndex    this board's index in the set, 0-based
 * @param totalSheets   boards in the set
 * @param boardConfigId the board layout's name, e.g. {@code gridboard_5x7_v1}
 * @param printedAt     the day the set was made, ISO {@code yyyy-mm-dd}
 */
public record SheetIdentity(
        @JsonProperty("tag_name") String tagName,
        @JsonProperty("sheet_index") int sheetIndex,
        @JsonProperty("total_sheets") int totalSheets,
        @JsonProperty("board_config_id") String boardConfigId,
        @JsonProperty("printed_at") String printedAt) {

    private static final DateTimeFormatter PAYLOAD_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public SheetIdentity {
        Objects.requireNonNull(tagName, "tag_name");
        Objects.requireNonNull(boardConfigId, "board_config_id");
        Objects.requireNonNull(printedAt, "printed_at");
        if (!tagName.matches("[A-Za-z0-9_-]+") || !boardConfigId.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("board tag '" + tagName + "' and config id '" + boardConfigId
                    + "' must be letters, digits, '-' or '_' (no commas: they travel in a comma-separated QR code)");
        }
        if (sheetIndex < 0 || sheetIndex >= totalSheets) {
            throw new IllegalArgumentException("board sheet index " + sheetIndex + " must be 0 to total_sheets - 1 ("
                    + (totalSheets - 1) + ")");
        }
        try {
            LocalDate.parse(printedAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("board printed_at '" + printedAt + "': expected yyyy-mm-dd", e);
        }
    }

    /** The QR payload {@code tag,sheet_index,total_sheets,board_config_id,yyyymmdd}. */
    public String payload() {
        return String.join(",", tagName, Integer.toString(sheetIndex), Integer.toString(totalSheets), boardConfigId,
                LocalDate.parse(printedAt).format(PAYLOAD_DATE));
    }

    /**
     * The identity a QR payload carries.
     *
     * @throws IllegalArgumentException for a payload that is not five comma-separated fields of those kinds
     */
    public static SheetIdentity ofPayload(String payload) {
        String[] fields = payload.split(",", -1);
        if (fields.length != 5) {
            throw new IllegalArgumentException("board QR code '" + payload
                    + "' is not tag,sheet_index,total_sheets,board_config_id,yyyymmdd; print the board with snapfit board");
        }
        try {
            return new SheetIdentity(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]), fields[3],
                    LocalDate.parse(fields[4], PAYLOAD_DATE).toString());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("board QR code '" + payload
                    + "' has a sheet index, sheet count or date that does not parse; print the board with snapfit board", e);
        }
    }

    /** The sheet id a board photo gets: the tag and the index, e.g. {@code box-a_03}. */
    public String sheetId() {
        return String.format("%s_%02d", tagName, sheetIndex);
    }
}
