package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;
import java.util.Objects;

/**
 * A piece: the sheet it was photographed on and its index within that sheet. The string form is
 * {@code sheet_id:idx}, e.g. {@code back_03:2}.
 */
public record PieceId(
        @JsonProperty("sheet_id") String sheetId,
        @JsonProperty("piece_id") int index) implements Comparable<PieceId> {

    private static final Comparator<PieceId> ORDER =
            Comparator.comparing(PieceId::sheetId).thenComparingInt(PieceId::index);

    public PieceId {
        SheetIds.requireValid(sheetId);
        if (index < 0) {
            throw new IllegalArgumentException(
                    "piece index " + index + " in sheet '" + sheetId + "' is negative: indices start at 0");
        }
    }

    /**
     * Parses {@code sheet_id:idx}.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static PieceId parse(String text) {
        Objects.requireNonNull(text, "piece id");
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException(
                    "malformed piece id '" + text + "': expected sheet_id:index, e.g. back_03:2");
        }
        return new PieceId(text.substring(0, colon), parseIndex(text, text.substring(colon + 1)));
    }

    static int parseIndex(String whole, String digits) {
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
            throw new IllegalArgumentException("malformed id '" + whole + "': piece index '" + digits
                    + "' is not a non-negative whole number, e.g. back_03:2");
        }
        return Integer.parseInt(digits);
    }

    @Override
    public int compareTo(PieceId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return sheetId + ":" + index;
    }
}
