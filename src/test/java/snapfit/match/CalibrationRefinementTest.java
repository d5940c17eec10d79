package snapfit.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import snapfit.model.EdgePos;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.model.SheetCalibration;
import snapfit.puzzle.Segment;

/**
 * Edges photographed on two sheets, the second from another height and tilted: the refinement recovers that
 * sheet's calibration from the pairs, and leaves the anchoring sheet alone.
 */
class CalibrationRefinementTest {

    private static final double ORIGIN_X = 2000;
    private static final double ORIGIN_Y = 1500;
    private static final SheetCalibration TOP_DOWN = new SheetCalibration(1, 0, 0, ORIGIN_X, ORIGIN_Y);
    private static final SheetCalibration TRUE_SECOND = new SheetCalibration(0.95, 1.5e-5, -1e-5, ORIGIN_X, ORIGIN_Y);

    @Test
    void refine_secondSheetOffInScaleAndTilt_recoversItsCalibration() {
        List<Segment> segments = twoSheets(TRUE_SECOND);
        Map<String, SheetCalibration> start = Map.of(
                "a", SheetCalibration.IDENTITY,
                "b", new SheetCalibration(0.97, 0, 0, ORIGIN_X, ORIGIN_Y));

        Map<String, SheetCalibration> refined = CalibrationRefinement.refine(segments, start, Set.of("b"), 2);

        assertThat(refined).containsOnlyKeys("b");
        SheetCalibration found = refined.get("b");
        assertThat(found.scale()).isCloseTo(TRUE_SECOND.scale(), within(0.003));
        assertThat(found.keystoneX()).isCloseTo(TRUE_SECOND.keystoneX(), within(3e-6));
        assertThat(found.keystoneY()).isCloseTo(TRUE_SECOND.keystoneY(), within(3e-6));
    }

    @Test
    void refine_sheetsAlreadyRight_stayWithinNoise() {
        List<Segment> segments = twoSheets(TRUE_SECOND);

        SheetCalibration found = CalibrationRefinement.refine(segments,
                Map.of("a", SheetCalibration.IDENTITY, "b", TRUE_SECOND), Set.of("b"), 1).get("b");

        assertThat(found.scale()).isCloseTo(TRUE_SECOND.scale(), within(0.002));
        assertThat(found.keystoneX()).isCloseTo(TRUE_SECOND.keystoneX(), within(2e-6));
    }

    /**
     * A phone tilted about a degree (focal length 3,200 px): about 2% of scale across the sheet, more than the edge fit
     * forgives, and a keystone the sheet's twelve pieces do not show. The pairs must.
     */
    @Test
    void refine_sheetTiltedAboutADegree_getsItsKeystone() {
        SheetCalibration tilted = new SheetCalibration(1, 4e-6, -3e-6, ORIGIN_X, ORIGIN_Y);

        SheetCalibration found = CalibrationRefinement.refine(twoSheets(tilted),
                Map.of("a", SheetCalibration.IDENTITY, "b", TOP_DOWN), Set.of("b"), 1).get("b");

        assertThat(found.keystoneX()).isCloseTo(tilted.keystoneX(), within(1e-6));
        assertThat(found.keystoneY()).isCloseTo(tilted.keystoneY(), within(1e-6));
    }

    @Test
    void refine_sheetShotTopDown_keepsNoKeystoneAndItsScale() {
        SheetCalibration found = CalibrationRefinement.refine(twoSheets(TOP_DOWN),
                Map.of("a", SheetCalibration.IDENTITY, "b", TOP_DOWN), Set.of("b"), 1).get("b");

        assertThat(found).isEqualTo(TOP_DOWN);
    }

    /**
     * 48 cuts, each a 500 px side with a knob of its own size, laid across a 4000 x 3000 sheet: as a tab on
     * sheet "a" (photographed straight) and as the blank walked backwards on sheet "b", photographed so that
     * {@code second} maps it back to the puzzle.
     */
    private static List<Segment> twoSheets(SheetCalibration second) {
        SplittableRandom random = new SplittableRandom(5);
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            double cx = 400 + (i % 8) * 460;
            double cy = 400 + (i / 8) * 440;
            double angle = (i % 4) * Math.PI / 2;
            double height = 60 + 80 * random.nextDouble();
            double shift = 0.1 * (random.nextDouble() - 0.5);
            double[] ts = evenAlongArc(height, shift);
            float[] ax = new float[Segment.SAMPLES];
            float[] ay = new float[Segment.SAMPLES];
            float[] bx = new float[Segment.SAMPLES];
            float[] by = new float[Segment.SAMPLES];
            for (int s = 0; s < Segment.SAMPLES; s++) {
                double t = ts[s];
                double u = 500 * (t - 0.5);
                double v = bump(t, height, shift);
                double x = cx + u * Math.cos(angle) - v * Math.sin(angle) + 0.3 * random.nextGaussian();
                double y = cy + u * Math.sin(angle) + v * Math.cos(angle) + 0.3 * random.nextGaussian();
                ax[s] = (float) x;
                ay[s] = (float) y;
                // The photo point that the second sheet's calibration takes to (x, y) - origin: the map's inverse.
                double qx = x - ORIGIN_X;
                double qy = y - ORIGIN_Y;
                double denominator = second.scale() - second.keystoneX() * qx - second.keystoneY() * qy;
                int mirrored = Segment.SAMPLES - 1 - s;
                bx[mirrored] = (float) (ORIGIN_X + qx / denominator);
                by[mirrored] = (float) (ORIGIN_Y + qy / denominator);
            }
            segments.add(Segment.ofSamples(new SegmentId(new PieceId("a", i), EdgePos.TOP), SegmentShape.OUT, ax, ay, 600));
            segments.add(Segment.ofSamples(new SegmentId(new PieceId("b", i), EdgePos.TOP), SegmentShape.IN, bx, by, 600));
        }
        return segments;
    }

    /**
     * The curve parameters of {@link Segment#SAMPLES} points evenly spaced along the side's arc, as a traced side is
     * resampled: calibrating a side resamples it evenly, so its partner must be sampled the same way.
     */
    private static double[] evenAlongArc(double height, double shift) {
        int steps = 4096;
        double[] cumulative = new double[steps + 1];
        for (int k = 1; k <= steps; k++) {
            double t0 = (double) (k - 1) / steps;
            double t1 = (double) k / steps;
            cumulative[k] = cumulative[k - 1] + Math.hypot(500 * (t1 - t0), bump(t1, height, shift) - bump(t0, height, shift));
        }
        double[] ts = new double[Segment.SAMPLES];
        int k = 0;
        for (int s = 0; s < Segment.SAMPLES; s++) {
            double target = cumulative[steps] * s / (Segment.SAMPLES - 1);
            while (k < steps && cumulative[k + 1] < target) {
                k++;
            }
            ts[s] = Math.min(1, (double) k / steps);
        }
        return ts;
    }

    private static double bump(double t, double height, double shift) {
        return height * Math.exp(-Math.pow((t - 0.5 - shift) / 0.1, 2));
    }
}
