package snapfit.analysis;

import java.util.Objects;

/**
 * Similarities of the segment pairs that really fit together ({@code truePairs}) and of all other
 * pairs ({@code falsePairs}), binned alike so they can be overlaid.
 */
public record TruthHistograms(StreamingHistogram truePairs, StreamingHistogram falsePairs) {

    public TruthHistograms {
        Objects.requireNonNull(truePairs, "truePairs");
        Objects.requireNonNull(falsePairs, "falsePairs");
        if (!truePairs.bins().equals(falsePairs.bins())) {
            throw new IllegalArgumentException("true pairs are binned " + truePairs.bins()
                    + " but false pairs " + falsePairs.bins() + ": use the same bins to compare them");
        }
    }
}
