package snapfit.analysis;

import snapfit.model.MatchResult;
import snapfit.model.SegmentId;

/** Compact match fixtures: segment ids in their string form. */
final class Matches {

    private Matches() {
    }

    static MatchResult match(String segment1, String segment2, float similarity) {
        return MatchResult.of(SegmentId.parse(segment1), SegmentId.parse(segment2), similarity);
    }

    static MatchResult match(String segment1, String segment2, float similarity, Float manual) {
        return new MatchResult(SegmentId.parse(segment1), SegmentId.parse(segment2), similarity, manual);
    }
}
