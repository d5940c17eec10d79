package snapfit.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import snapfit.model.InputFileException;
import snapfit.model.PixelBox;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;
import snapfit.testing.SharedData;

/** Detection in the coarse copy's rectangles finds, pixel for pixel, what working on the whole photo finds. */
class PieceDetectorRegionsTest {

    /** Knobs left and right, a blank at the bottom, a flat top: the top and bottom can be put near a border. */
    private static final SegmentShapes SHAPES =
            new SegmentShapes(SegmentShape.OUT, SegmentShape.IN, SegmentShape.OUT, SegmentShape.EDGE);
    private static final PieceDetectionConfig CONFIG = PieceDetectionConfig.defaults();

    @TempDir
    Path dir;

    @Test
    void detectIn_realPhoto_sameOutlinesAsWholePhoto() {
        Path photo = SharedData.realPhoto("back_03.jpg");

        withGray(photo, gray -> {
            List<Rect> regions = CoarseRegions.of(gray, CONFIG, PieceDetector.guard(CONFIG)
                    + PieceDetector.COARSE_SLACK_PX);
            Optional<List<TracedOutline>> inRegions = PieceDetector.detectIn(gray, regions, CONFIG);

            assertThat(regions).hasSize(6);
            assertThat(inRegions).isPresent();
            assertThat(inRegions.get()).hasSize(6).containsExactlyElementsOf(PieceDetector.wholePhoto(gray, CONFIG));
            return null;
        });
    }

    @Test
    void detectIn_piecesNearEachOtherAndTheBorder_sameOutlinesAsWholePhoto() {
        // Side 300 px: knobs reach 225 px from the centre, the band 12 px further right and down.
        DrawnSheet sheet = new DrawnSheet(2400, 1600, List.of(
                placed(240, 158, 12),    // flat top 8 px below the border, left knob 15 px from it
                placed(740, 158, 12),    // left knob 28 px from the first piece's right knob and band
                placed(1500, 800, 12),
                placed(2153, 1428, 12))); // band 10 px from the bottom and right borders

        withGray(sheet, gray -> {
            List<Rect> regions = CoarseRegions.of(gray, CONFIG, PieceDetector.guard(CONFIG)
                    + PieceDetector.COARSE_SLACK_PX);
            Optional<List<TracedOutline>> inRegions = PieceDetector.detectIn(gray, regions, CONFIG);
            List<TracedOutline> whole = PieceDetector.wholePhoto(gray, CONFIG);

            assertThat(regions).as("the two close pieces share a rectangle").hasSize(3);
            assertThat(whole).hasSize(4);
            assertThat(inRegions).isPresent();
            assertThat(inRegions.get()).containsExactlyElementsOf(whole);
            assertThat(Outlines.boundingBox(whole.get(0).pixels()).y()).as("first piece's top").isBetween(5, 11);
            return null;
        });
    }

    @Test
    void detectIn_rectangleTooTightForThePiece_emptySoTheWholePhotoIsUsed() {
        DrawnSheet sheet = new DrawnSheet(1000, 1000, List.of(placed(500, 500, 12)));

        withGray(sheet, gray -> {
            PixelBox piece = Outlines.boundingBox(PieceDetector.wholePhoto(gray, CONFIG).get(0).pixels());
            int margin = PieceDetector.guard(CONFIG) - 1;
            Rect tight = new Rect(piece.x() - margin, piece.y() - margin, piece.width() + 2 * margin,
                    piece.height() + 2 * margin);

            assertThat(PieceDetector.detectIn(gray, List.of(tight), CONFIG)).isEmpty();
            return null;
        });
    }

    @Test
    void detect_pieceJoinedToHatchTheCoarseCopyMisses_wholePhotoOutlineWithTheHatch() {
        // 2 px lines every 4 px, on the rows and columns the 4x copy skips (4k+3, 4k+4): it sees paper there,
        // while the full-resolution blur and closing fill the hatch into one dark strip joined to the piece.
        DrawnSheet sheet = new DrawnSheet(1200, 1000, List.of(placed(700, 500, 0)));
        for (int x = 103; x < 480; x += 4) {
            sheet = sheet.withMark(x, 491, 2, 18);
        }
        for (int y = 491; y < 509; y += 4) {
            sheet = sheet.withMark(103, y, 377, 2);
        }
        Path photo = sheet.write(dir.resolve("hatch.png"));

        List<TracedOutline> found = PieceDetector.detect(photo, CONFIG);

        withGray(photo, gray -> {
            List<Rect> regions = CoarseRegions.of(gray, CONFIG, PieceDetector.guard(CONFIG)
                    + PieceDetector.COARSE_SLACK_PX);
            assertThat(PieceDetector.detectIn(gray, regions, CONFIG)).isEmpty();
            assertThat(found).containsExactlyElementsOf(PieceDetector.wholePhoto(gray, CONFIG));
            return null;
        });
        assertThat(found).hasSize(1);
        assertThat(Outlines.boundingBox(found.get(0).pixels()).x()).as("outline reaches the hatch's far end")
                .isBetween(100, 106);
    }

    @Test
    void detect_pieceCutByTheBorder_refusedNamingTheBorder() {
        Path photo = new DrawnSheet(1000, 800, List.of(placed(150, 400, 0), placed(600, 400, 0))).write(
                dir.resolve("cut.png"));

        assertThatThrownBy(() -> PieceDetector.detect(photo, CONFIG)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("touches the photo's border");
    }

    @Test
    void detect_twoPiecesTouching_refusedAsTooLarge() {
        // The second piece's left knob overlaps the first one's right knob; two more pieces give a median.
        Path photo = new DrawnSheet(1800, 1100, List.of(placed(300, 300, 0), placed(740, 300, 0),
                placed(300, 800, 0), placed(900, 800, 0))).write(dir.resolve("touching.png"));

        assertThatThrownBy(() -> PieceDetector.detect(photo, CONFIG)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("times the median piece area");
    }

    private static DrawnSheet.Placed placed(double x, double y, int bandPx) {
        return new DrawnSheet.Placed(new DrawnPiece(SHAPES, 300, 0, 0.5, bandPx), x, y);
    }

    private void withGray(DrawnSheet sheet, Function<Mat, Void> check) {
        withGray(sheet.write(dir.resolve("sheet.png")), check);
    }

    private static void withGray(Path photo, Function<Mat, Void> check) {
        Mat gray = GrayImageReader.read(photo);
        try {
            check.apply(gray);
        } finally {
            gray.release();
        }
    }
}
