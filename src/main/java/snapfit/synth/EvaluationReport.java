package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Objects;
import snapfit.model.SegmentShape;

/**
 * How well the pipeline recovered a synthetic puzzle (see {@link Evaluator}). Serialisable with
 * Jackson for {@code --json}; {@link #toText()} is the human-readable form.
 *
 * @param matches      ranks of true partners over all true pairs
 * @param innerMatches the same over pairs of two inner pieces only
 * @param solution     how well the stored solution reassembles the puzzle; null before {@code snapfit solve}
 */
public record EvaluationReport(
        @JsonProperty("detection") DetectionAccuracy detection,
        @JsonProperty("corners") CornerAccuracy corners,
        @JsonProperty("shapes") ShapeAccuracy shapes,
        @JsonProperty("matches") RankAccuracy matches,
        @JsonProperty("inner_matches") RankAccuracy innerMatches,
        @JsonProperty("solution") @JsonInclude(JsonInclude.Include.NON_NULL) SolutionAccuracy solution) {

    public EvaluationReport {
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(corners, "corners");
        Objects.requireNonNull(shapes, "shapes");
        Objects.requireNonNull(matches, "matches");
        Objects.requireNonNull(innerMatches, "innerMatches");
    }

    /** This report with the figures of a solution added. */
    public EvaluationReport withSolution(SolutionAccuracy accuracy) {
        return new EvaluationReport(detection, corners, shapes, matches, innerMatches, accuracy);
    }

    /** A few aligned lines: detection, corners, shapes with the confusion matrix, types, match ranks. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(format("pieces      %d found of %d true, %d missed, %d spurious (%d detected)%n",
                detection.found(), detection.truePieces(), detection.missed().size(), detection.spurious().size(),
                detection.detectedPieces()));
        text.append(format("corners     mean error %.1f px, max %.1f px, %d of %d (%.1f%%) off by more than %.0f%% of the piece%n",
                corners.meanErrorPx(), corners.maxErrorPx(), corners.offCount(), corners.corners(),
                100 * corners.offShare(), 100 * CornerAccuracy.OFF_SHARE_OF_PIECE));
        text.append(format("sides       %d of %d shapes right (%.1f%%)%n",
                shapes.sidesCorrect(), shapes.sides(), 100 * shapes.sideAccuracy()));
        text.append("            true \\ found   in   out  edge weird\n");
        for (SegmentShape truth : new SegmentShape[] {SegmentShape.IN, SegmentShape.OUT, SegmentShape.EDGE}) {
            text.append(format("            %-14s", truth.value()));
            for (SegmentShape found : SegmentShape.values()) {
                text.append(format("%5d", shapes.count(truth, found)));
            }
            text.append('\n');
        }
        text.append(format("piece types %d of %d right (%.1f%%), %d with the right orientation%n",
                shapes.typesCorrect(), shapes.pieces(), 100 * shapes.typeAccuracy(), shapes.orientationsCorrect()));
        appendRanks(text, "matches", matches);
        appendRanks(text, "inner", innerMatches);
        if (solution != null) {
            text.append(solution.toText());
        }
        return text.toString();
    }

    private static void appendRanks(StringBuilder text, String label, RankAccuracy ranks) {
        text.append(format("%-11s %d true pair sides: top-1 %.1f%%, top-5 %.1f%%, median rank %s, %d never scored%n",
                label, ranks.sides(), 100 * ranks.top1Rate(), 100 * ranks.top5Rate(),
                ranks.medianRank() == null ? "-" : format("%.1f", ranks.medianRank()), ranks.unscored()));
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
