package snapfit.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;
import java.util.Objects;

/** One side of one piece. The string form is {@code sheet_id:idx:edge}, e.g. {@code back_03:2:left}. */
public record SegmentId(
        @JsonProperty("piece_id") PieceId pieceId,
        @JsonProperty("edge_pos") EdgePos edgePos) implements Comparable<SegmentId> {

    private static final Comparator<SegmentId> ORDER =
            Comparator.comparing(SegmentId::pieceId).thenComparing(SegmentId::edgePos);

    public SegmentId {
        Objects.requireNonNull(pieceId, "pieceId");
        Objects.requireNonNull(edgePos, "edgePos");
    }

    /**
     * Parses {@code sheet_id:idx:edge}.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static SegmentId parse(String text) {
        Objects.requireNonNull(text, "segment id");
        int lastColon = text.lastIndexOf(':');
        if (lastColon <= 0) {
            throw new IllegalArgumentException("malformed segment id '" + text
                    + "': expected sheet_id:index:edge with edge one of left, bottom, right, top, e.g. back_03:2:left");
        }
        EdgePos edge;
        try {
            edge = EdgePos.fromValue(text.substring(lastColon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed segment id '" + text + "': " + e.getMessage()
                    + ", e.g. back_03:2:left", e);
        }
        try {
            return new SegmentId(PieceId.parse(text.substring(0, lastColon)), edge);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed segment id '" + text + "': " + e.getMessage(), e);
        }
    }

    @Override
    public int compareTo(SegmentId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return pieceId + ":" + edgePos.value();
    }
}
