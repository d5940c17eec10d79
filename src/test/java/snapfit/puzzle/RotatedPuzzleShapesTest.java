package snapfit.puzzle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.PieceRecord;
import snapfit.model.SegmentShape;
import snapfit.synth.EvaluationReport;
import snapfit.synth.Evaluator;
import snapfit.synth.Generator;
import snapfit.synth.GeneratorConfig;
import snapfit.synth.SyntheticPuzzle;
import snapfit.vision.PieceDetectionConfig;

/** One puzzle photographed with pieces square to the sheet and tilted up to 30 degrees: the same shapes. */
class RotatedPuzzleShapesTest {

    @TempDir
    Path dir;

    @Test
    void load_cleanPuzzleTiltedUpTo30Degrees_sameShapesAsUntilted() throws IOException {
        EvaluationReport untilted = evaluate(0);
        EvaluationReport tilted = evaluate(30);

        for (EvaluationReport report : List.of(untilted, tilted)) {
            assertThat(report.detection().found()).isEqualTo(12);
            assertThat(report.shapes().sidesCorrect()).isEqualTo(report.shapes().sides());
            assertThat(report.shapes().typesCorrect()).isEqualTo(12);
            assertThat(report.corners().offCount()).isZero();
        }
        assertThat(shapeCounts(tilted)).isEqualTo(shapeCounts(untilted)).containsEntry(SegmentShape.EDGE, 14);
    }

    private EvaluationReport evaluate(double maxRotation) throws IOException {
        SyntheticPuzzle puzzle = Generator.plan(new GeneratorConfig(3, 4, 3, 12, maxRotation, true));
        // Named as the truth names the sheet, so detected and true pieces share ids.
        Path image = Files.createDirectories(dir.resolve("tilt" + (int) maxRotation)).resolve("sheet_00.png");
        ImageIO.write(puzzle.renderSheet(0), "png", image.toFile());
        List<PieceRecord> records = Sheet.load(image, PieceDetectionConfig.defaults()).pieces().stream()
                .map(Piece::toRecord).toList();
        return Evaluator.evaluate(puzzle.truth(), records, Stream::empty);
    }

    /** How many sides of each shape the detector saw, from the confusion matrix's columns. */
    private static Map<SegmentShape, Integer> shapeCounts(EvaluationReport report) {
        Map<SegmentShape, Integer> counts = new TreeMap<>();
        for (SegmentShape found : SegmentShape.values()) {
            int count = 0;
            for (SegmentShape truth : new SegmentShape[] {SegmentShape.IN, SegmentShape.OUT, SegmentShape.EDGE}) {
                count += report.shapes().count(truth, found);
            }
            counts.put(found, count);
        }
        return counts;
    }
}
