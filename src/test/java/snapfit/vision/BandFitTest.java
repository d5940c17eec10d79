package snapfit.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pruned, vectorised fit returns exactly what a plain scan of both grids returns. */
class BandFitTest {

    @Test
    void fit_noisySamplesOfAKnownBand_sameAsPlainScanAndNearTheBand() {
        Random random = new Random(7);
        int count = 3000;
        double[] normalsX = new double[count];
        double[] normalsY = new double[count];
        double[] thickness = new double[count];
        for (int s = 0; s < count; s++) {
            double angle = 2 * Math.PI * random.nextDouble();
            normalsX[s] = Math.cos(angle);
            normalsY[s] = Math.sin(angle);
            double model = Math.max(0, 6 * normalsX[s] + 9 * normalsY[s]);
            double noise = random.nextDouble() < 0.2 ? 8 * random.nextDouble() : 0.3 * random.nextGaussian();
            thickness[s] = Math.max(0, model + noise);
        }

        BandOffset fitted = BandFit.fit(normalsX, normalsY, thickness, count, 25);

        assertThat(fitted).isEqualTo(plainScan(normalsX, normalsY, thickness, count, 25));
        assertThat(fitted.dx()).isBetween(5.5, 6.5);
        assertThat(fitted.dy()).isBetween(8.5, 9.5);
    }

    @Test
    void fit_axisNormalsAndWholeThicknesses_manyTiesResolvedAsPlainScan() {
        // Whole-pixel thicknesses on axis-aligned normals make many grid points cost exactly the same.
        double[][] normals = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        Random random = new Random(3);
        int count = 400;
        double[] normalsX = new double[count];
        double[] normalsY = new double[count];
        double[] thickness = new double[count];
        for (int s = 0; s < count; s++) {
            normalsX[s] = normals[s % 4][0];
            normalsY[s] = normals[s % 4][1];
            thickness[s] = random.nextInt(3);
        }

        assertThat(BandFit.fit(normalsX, normalsY, thickness, count, 10))
                .isEqualTo(plainScan(normalsX, normalsY, thickness, count, 10));
    }

    /** The fit as first written: every candidate in scan order, the first strictly lower sum wins. */
    private static BandOffset plainScan(double[] normalsX, double[] normalsY, double[] thickness, int count,
            int maxBand) {
        double[] coarse = scan(normalsX, normalsY, thickness, count, 0, 0, maxBand, 1);
        double[] fine = scan(normalsX, normalsY, thickness, count, coarse[0], coarse[1], 1.5, 0.25);
        return new BandOffset(fine[0], fine[1]);
    }

    private static double[] scan(double[] normalsX, double[] normalsY, double[] thickness, int count, double centerX,
            double centerY, double radius, double step) {
        int steps = (int) Math.round(radius / step);
        double bestCost = Double.MAX_VALUE;
        double[] best = {centerX, centerY};
        for (int i = -steps; i <= steps; i++) {
            for (int j = -steps; j <= steps; j++) {
                double vx = centerX + i * step;
                double vy = centerY + j * step;
                double cost = 0;
                for (int s = 0; s < count; s++) {
                    cost += Math.abs(thickness[s] - Math.max(0, vx * normalsX[s] + vy * normalsY[s]));
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    best = new double[] {vx, vy};
                }
            }
        }
        return best;
    }
}
