package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import snapfit.model.PieceId;

/**
 * How many true pieces were detected.
 *
 * @param truePieces     pieces in the truth
 * @param detectedPieces pieces the pipeline reported
 * @param found          true pieces paired with a detection by position
 * @param missed         true pieces with no detection, by their true id
 * @param spurious       detections with no true piece, by their detected id
 */
public record DetectionAccuracy(
        @JsonProperty("true_pieces") int truePieces,
        @JsonProperty("detected_pieces") int detectedPieces,
        @JsonProperty("found") int found,
        @JsonProperty("missed") List<String> missed,
        @JsonProperty("spurious") List<String> spurious) {

    public DetectionAccuracy {
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    static DetectionAccuracy of(PiecePairing pairing, int truePieces, int detectedPieces) {
        return new DetectionAccuracy(truePieces, detectedPieces, pairing.pairs().size(),
                pairing.missed().stream().map(PieceId::toString).toList(),
                pairing.spurious().stream().map(PieceId::toString).toList());
    }
}
