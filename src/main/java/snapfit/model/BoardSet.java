package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of marker boards as {@code snapfit board} writes them and {@code ingest --board} reads them
 * ({@code boards.json}): the boards share the {@link BoardLayout}, a background and a physical size, and differ in
 * the sheet index their QR code carries.
 *
 * @param tagName       the set's name, the first field of every board's QR code
 * @param totalSheets   boards in the set, 1 to 999
 * @param boardConfigId the layout's name and the pieces' size, e.g. {@code gridboard_5x7_slots_3x4_20mm}: a photo
 *                      whose QR code is read knows its board's millimetres without this file
 * @param printedAt     the day the set was made, yyyy-mm-dd
 * @param background    the slot area's colour
 * @param pieceMm       the largest piece side, without tabs, that a slot is made for, in millimetres
 * @param mmPerUnit     millimetres per board unit: a slot is twice {@code pieceMm} wide, which holds a piece with its
 *                      tabs, turned, with room around it
 */
public record BoardSet(
        @JsonProperty("tag_name") String tagName,
        @JsonProperty("total_sheets") int totalSheets,
        @JsonProperty("board_config_id") String boardConfigId,
        @JsonProperty("printed_at") String printedAt,
        @JsonProperty("background") BoardBackground background,
        @JsonProperty("piece_mm") double pieceMm,
        @JsonProperty("mm_per_unit") double mmPerUnit) {

    /** The layout's name: {@link BoardLayout}. */
    public static final String LAYOUT = "gridboard_5x7_slots_3x4";
    private static final Pattern CONFIG_ID = Pattern.compile(LAYOUT + "_([0-9]+(\\.[0-9]+)?)mm");

    public BoardSet {
        Objects.requireNonNull(background, "background");
        if (totalSheets < 1 || totalSheets > 999) {
            throw new IllegalArgumentException("board count " + totalSheets + " must be 1 to 999 (--sheets)");
        }
        if (!(pieceMm >= 5 && pieceMm <= 200)) {
            throw new IllegalArgumentException("piece size " + pieceMm + " mm must be 5 to 200 (--piece-mm)");
        }
        if (!(mmPerUnit > 0) || Double.isInfinite(mmPerUnit)) {
            throw new IllegalArgumentException("board mm_per_unit " + mmPerUnit + " must be a positive number");
        }
        new SheetIdentity(tagName, 0, totalSheets, boardConfigId, printedAt);
    }

    /** A set for pieces of {@code pieceMm}: each slot twice that wide. */
    public static BoardSet forPieces(String tagName, int totalSheets, BoardBackground background, double pieceMm,
                                     LocalDate printedAt) {
        String configId = LAYOUT + "_" + BigDecimal.valueOf(pieceMm).stripTrailingZeros().toPlainString() + "mm";
        return new BoardSet(tagName, totalSheets, configId, printedAt.toString(), background, pieceMm,
                mmPerUnitFor(pieceMm));
    }

    /** Board units per millimetre of a board whose config id a QR code gave, if it is one of this layout's. */
    public static OptionalDouble unitsPerMmOf(String boardConfigId) {
        Matcher matcher = CONFIG_ID.matcher(boardConfigId);
        return matcher.matches() ? OptionalDouble.of(1 / mmPerUnitFor(Double.parseDouble(matcher.group(1))))
                : OptionalDouble.empty();
    }

    private static double mmPerUnitFor(double pieceMm) {
        return 2 * pieceMm / BoardLayout.SLOT_SIZE;
    }

    /** The identity board {@code index} carries in its QR code. */
    public SheetIdentity identity(int index) {
        return new SheetIdentity(tagName, index, totalSheets, boardConfigId, printedAt);
    }

    /** Board units per millimetre. */
    public double unitsPerMm() {
        return 1 / mmPerUnit;
    }

    /** The board's width in millimetres. */
    public double widthMm() {
        return BoardLayout.WIDTH * mmPerUnit;
    }

    /** The board's height in millimetres. */
    public double heightMm() {
        return BoardLayout.HEIGHT * mmPerUnit;
    }
}
