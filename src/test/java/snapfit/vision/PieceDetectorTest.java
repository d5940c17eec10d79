package snapfit.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;

class PieceDetectorTest {

    private static final SegmentShapes MIXED =
            new SegmentShapes(SegmentShape.OUT, SegmentShape.IN, SegmentShape.OUT, SegmentShape.EDGE);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {5, 12, 20})
    void detect_darkBandAlongBottomAndRight_outlineFollowsTheFace(int bandPx) {
        int[] face = box(onlyOutline(new DrawnPiece(MIXED, 400, 15, 0.5, 0), "face.png"));
        int[] banded = box(onlyOutline(new DrawnPiece(MIXED, 400, 15, 0.5, bandPx), "banded.png"));

        for (int k = 0; k < 4; k++) {
            assertThat(banded[k]).as("box bound %d with a %d px band", k, bandPx).isCloseTo(face[k], within(2));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void detect_bandRemovalOff_keepsTheBandOnlyWhenAsked(int maxBandPx) {
        PieceDetectionConfig config = new PieceDetectionConfig(5, 130, 7, 1, 1, 80_000, maxBandPx);
        int[] banded = box(PieceDetector.detect(new DrawnPiece(MIXED, 400, 15, 0.5, 12)
                .writePng(dir.resolve("banded.png")), config).get(0).pixels());
        int[] face = box(onlyOutline(new DrawnPiece(MIXED, 400, 15, 0.5, 0), "face.png"));

        // With the search limited to 0-1 px the 12 px band stays: the outline reaches 12 px further right and down.
        assertThat(banded[2] - face[2]).isBetween(10, 14);
        assertThat(banded[3] - face[3]).isBetween(10, 14);
    }

    private int[] onlyOutline(DrawnPiece drawn, String name) {
        List<TracedOutline> outlines = PieceDetector.detect(drawn.writePng(dir.resolve(name)), PieceDetectionConfig.defaults());
        assertThat(outlines).hasSize(1);
        return outlines.get(0).pixels();
    }

    /** {minX, minY, maxX, maxY} of an interleaved outline. */
    private static int[] box(int[] xy) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < xy.length; i += 2) {
            box[0] = Math.min(box[0], xy[i]);
            box[1] = Math.min(box[1], xy[i + 1]);
            box[2] = Math.max(box[2], xy[i]);
            box[3] = Math.max(box[3], xy[i + 1]);
        }
        return box;
    }
}
