package snapfit.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import snapfit.model.CornerPos;
import snapfit.model.PixelPoint;

/** The generator's harder settings: die-cut variety and hand-held capture, with the truth following them. */
class CaptureVariationTest {

    @Test
    void lowVariety_gridPointsWithin12PxOfTheRegularGrid() {
        List<CutPiece> pieces = PuzzleCutter.cut(4, 5, Variety.LOW, new SplittableRandom(3));

        for (CutPiece piece : pieces) {
            PieceOutline outline = piece.outline();
            int index = outline.cornerIndex(CornerPos.TOP_LEFT);
            assertThat(Math.abs(outline.x(index) - piece.col() * PuzzleCutter.CELL_PX)).isLessThanOrEqualTo(12);
            assertThat(Math.abs(outline.y(index) - piece.row() * PuzzleCutter.CELL_PX)).isLessThanOrEqualTo(12);
        }
    }

    @Test
    void capture_eachSheetAtItsOwnScale_truthCornersInsideItsPhoto() {
        GeneratorConfig config = new GeneratorConfig(6, 8, 4, 12, 10, false)
                .withCapture(new CaptureConfig(0.08, 5, 0.01));

        PuzzleTruth truth = Generator.plan(config).truth();

        assertThat(truth.sheets()).extracting(TruthSheet::scale)
                .allSatisfy(scale -> assertThat(scale).isBetween(0.9, 1.1))
                .doesNotHaveDuplicates();
        for (TruthPiece piece : truth.pieces()) {
            TruthSheet sheet = truth.sheets().stream()
                    .filter(candidate -> candidate.sheetId().equals(piece.pieceId().sheetId())).findFirst().orElseThrow();
            for (CornerPos corner : CornerPos.values()) {
                PixelPoint point = piece.corners().get(corner);
                assertThat(point.x()).isBetween(0, sheet.width() - 1);
                assertThat(point.y()).isBetween(0, sheet.height() - 1);
            }
        }
    }

    @Test
    void idealCapture_sameTruthAsBeforeCaptureExisted() {
        GeneratorConfig plain = new GeneratorConfig(3, 4, 9, 12, 10, false);

        assertThat(Generator.plan(plain.withCapture(CaptureConfig.IDEAL)).truth()).isEqualTo(Generator.plan(plain).truth());
        assertThat(Generator.plan(plain).truth().sheets()).extracting(TruthSheet::scale).containsOnly(1.0);
    }

    @Test
    void settingsOutOfRange_refusedWithTheRange() {
        assertThatThrownBy(() -> new CaptureConfig(0.5, 0, 0)).hasMessageContaining("scale jitter 0.5 is out of range: use 0 to 0.3");
        assertThatThrownBy(() -> new CaptureConfig(0, 40, 0)).hasMessageContaining("tilt 40.0 is out of range");
        assertThatThrownBy(() -> Variety.byName("medium")).hasMessageContaining("[low, normal, high]");
    }
}
