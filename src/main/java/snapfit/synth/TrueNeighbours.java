package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.Objects;
import snapfit.model.SegmentId;

/**
 * Two sides that touch in the finished puzzle, written as segment id strings such as
 * {@code "sheet_00:3:right"}. One is a tab ({@code out}) exactly when the other is a blank ({@code in}).
 */
public record TrueNeighbours(
        @JsonProperty("seg_id1") @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(converter = ParseSegmentId.class) SegmentId segId1,
        @JsonProperty("seg_id2") @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(converter = ParseSegmentId.class) SegmentId segId2) {

    public TrueNeighbours {
        Objects.requireNonNull(segId1, "seg_id1");
        Objects.requireNonNull(segId2, "seg_id2");
        if (segId1.pieceId().equals(segId2.pieceId())) {
            throw new IllegalArgumentException("neighbours " + segId1 + " / " + segId2 + " are on the same piece");
        }
    }

    /** Reads the {@code sheet:idx:edge} form. */
    static final class ParseSegmentId extends StdConverter<String, SegmentId> {
        @Override
        public SegmentId convert(String value) {
            return SegmentId.parse(value);
        }
    }
}
