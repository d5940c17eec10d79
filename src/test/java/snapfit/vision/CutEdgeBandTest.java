package snapfit.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import snapfit.model.PixelBox;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;

/** The band estimate reads the same gray levels from small patches around the outlines as from the whole photo. */
class CutEdgeBandTest {

    private static final SegmentShapes SHAPES =
            new SegmentShapes(SegmentShape.OUT, SegmentShape.IN, SegmentShape.EDGE, SegmentShape.OUT);
    private static final PieceDetectionConfig CONFIG = PieceDetectionConfig.defaults();
    private static final int MAX_BAND = CONFIG.maxBandPx();

    @TempDir
    Path dir;

    @Test
    void estimate_patchesAroundEachOutline_sameBandAsTheWholePhoto() {
        Mat gray = drawnSheet();
        try {
            RegionMask whole = RegionMask.of(gray, new Rect(0, 0, gray.cols(), gray.rows()), CONFIG);
            List<int[]> outlines = whole.outlines();
            List<GrayPatch> around = new ArrayList<>();
            for (int[] outline : outlines) {
                around.add(cut(whole.blurred(), Outlines.boundingBox(outline), MAX_BAND + 5));
            }

            BandOffset fromWhole = estimate(outlines, Collections.nCopies(outlines.size(), whole.blurred()), gray);
            BandOffset fromPatches = estimate(outlines, around, gray);

            assertThat(outlines).hasSize(3);
            assertThat(fromPatches).isEqualTo(fromWhole);
            assertThat(fromWhole.dx()).isCloseTo(10, within(1.5));
            assertThat(fromWhole.dy()).isCloseTo(10, within(1.5));
        } finally {
            gray.release();
        }
    }

    @Test
    void estimate_patchOnlyAsLargeAsTheOutline_throwsNamingTheMargin() {
        Mat gray = drawnSheet();
        try {
            RegionMask whole = RegionMask.of(gray, new Rect(0, 0, gray.cols(), gray.rows()), CONFIG);
            List<int[]> outlines = whole.outlines();
            List<GrayPatch> tight = outlines.stream()
                    .map(outline -> cut(whole.blurred(), Outlines.boundingBox(outline), 0)).toList();

            assertThatThrownBy(() -> estimate(outlines, tight, gray)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("maxBand + 5 px beyond the outline's bounding box");
        } finally {
            gray.release();
        }
    }

    private static BandOffset estimate(List<int[]> outlines, List<GrayPatch> grays, Mat gray) {
        return CutEdgeBand.estimate(outlines, grays, gray.cols(), gray.rows(), CONFIG.threshold(), MAX_BAND);
    }

    /** Three pieces with a 10 px band, one 12 px from the right border, so patches there are clipped. */
    private Mat drawnSheet() {
        List<DrawnSheet.Placed> pieces = new ArrayList<>();
        for (double[] centre : new double[][] {{300, 300}, {900, 320}, {1609, 700}}) {
            pieces.add(new DrawnSheet.Placed(new DrawnPiece(SHAPES, 300, 8, 0.5, 10), centre[0], centre[1]));
        }
        return GrayImageReader.read(new DrawnSheet(1800, 1000, pieces).write(dir.resolve("band.jpg")));
    }

    /** The part of {@code whole} within {@code margin} px of {@code box}, clipped to it. */
    private static GrayPatch cut(GrayPatch whole, PixelBox box, int margin) {
        int x0 = Math.max(whole.x(), box.x() - margin);
        int y0 = Math.max(whole.y(), box.y() - margin);
        int x1 = Math.min(whole.x() + whole.width(), box.x() + box.width() + margin);
        int y1 = Math.min(whole.y() + whole.height(), box.y() + box.height() + margin);
        byte[] pixels = new byte[(x1 - x0) * (y1 - y0)];
        for (int y = y0; y < y1; y++) {
            System.arraycopy(whole.pixels(), (y - whole.y()) * whole.width() + x0 - whole.x(), pixels,
                    (y - y0) * (x1 - x0), x1 - x0);
        }
        return new GrayPatch(pixels, x0, y0, x1 - x0, y1 - y0);
    }
}
