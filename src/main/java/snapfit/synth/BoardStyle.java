package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import snapfit.model.BoardBackground;

/**
 * How {@link Generator} photographs pieces on marker boards instead of plain paper: one board per sheet, one
 * piece per slot.
 *
 * @param background the boards' slot area colour
 * @param palePieces pieces of a pale colour (near RGB 225, 218, 200), which a gray threshold would lose on white
 */
public record BoardStyle(
        @JsonProperty("background") BoardBackground background,
        @JsonProperty("pale_pieces") boolean palePieces) {

    /** The board set's name: with it a board's sheet id, {@code sheet_00}, is the photo's file name. */
    static final String TAG = "sheet";

    public BoardStyle {
        Objects.requireNonNull(background, "background");
    }
}
