package snapfit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The score of one pair of segments. Lower similarity means a better fit. {@code similarityManual}
 * is a person's override; {@code null} means "use the computed one".
 *
 * <p>Scores are {@code float}: that is the precision the matcher computes in and the store keeps, so a
 * score reads back from any store exactly as it was produced.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MatchResult(
        @JsonProperty("seg_id1") SegmentId segId1,
        @JsonProperty("seg_id2") SegmentId segId2,
        @JsonProperty("similarity") float similarity,
        @JsonProperty("similarity_manual") Float similarityManual) {

    public MatchResult {
        Objects.requireNonNull(segId1, "segId1");
        Objects.requireNonNull(segId2, "segId2");
        if (segId1.pieceId().equals(segId2.pieceId())) {
            throw new IllegalArgumentException("match " + segId1 + " / " + segId2
                    + " pairs a piece with itself: only segments of different pieces are matched");
        }
        requireFinite(similarity, "similarity", segId1, segId2);
        if (similarityManual != null) {
            requireFinite(similarityManual, "similarity_manual", segId1, segId2);
        }
    }

    /** A computed score with no manual override. */
    public static MatchResult of(SegmentId segId1, SegmentId segId2, float similarity) {
        return new MatchResult(segId1, segId2, similarity, null);
    }

    /** The score to rank by: the manual override when set, else the computed one. */
    @JsonIgnore
    public float effectiveSimilarity() {
        return similarityManual != null ? similarityManual : similarity;
    }

    /** The unordered pair of segments: the same for (a, b) and (b, a). */
    @JsonIgnore
    public SegmentPair pairKey() {
        return SegmentPair.of(segId1, segId2);
    }

    /** This result with the manual override set, or cleared with {@code null}. */
    public MatchResult withSimilarityManual(Float manual) {
        return new MatchResult(segId1, segId2, similarity, manual);
    }

    /** The partner of {@code segment} in this pair. */
    public SegmentId partnerOf(SegmentId segment) {
        if (segment.equals(segId1)) {
            return segId2;
        }
        if (segment.equals(segId2)) {
            return segId1;
        }
        throw new IllegalArgumentException("segment " + segment + " is not part of match " + segId1 + " / " + segId2);
    }

    private static void requireFinite(float value, String name, SegmentId a, SegmentId b) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(name + " of " + a + " / " + b + " is " + value + ": it must be finite");
        }
    }
}
