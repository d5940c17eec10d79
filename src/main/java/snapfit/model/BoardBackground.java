package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The colour a board's slot area is printed or shown in. White suits dark pieces under the grey threshold; green
 * and blue let a colour mask separate pale pieces, whose grey levels a threshold confuses with white paper.
 */
public enum BoardBackground {
    @JsonProperty("white") WHITE,
    @JsonProperty("green") GREEN,
    @JsonProperty("blue") BLUE
}
