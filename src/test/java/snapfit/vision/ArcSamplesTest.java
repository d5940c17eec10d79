package snapfit.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArcSamplesTest {

    @Test
    void angleBetween_anglesUpToFourTurnsApart_bitForBitTheIeeeRemainder() {
        Random random = new Random(11);
        double[] edges = {0, Math.PI, -Math.PI, 2 * Math.PI, 3 * Math.PI, 9, Math.nextDown(9.0), Math.nextUp(Math.PI),
            Math.nextDown(Math.PI), 1.5 * 2 * Math.PI, Math.nextUp(1.5 * 2 * Math.PI), 4 * Math.PI};
        for (int k = 0; k < 200_000; k++) {
            double a = k < edges.length ? edges[k] : (random.nextDouble() - 0.5) * 8 * Math.PI;
            double b = k < edges.length ? 0 : (random.nextDouble() - 0.5) * 8 * Math.PI;
            double expected = Math.abs(Math.IEEEremainder(a - b, 2 * Math.PI));

            assertThat(Double.doubleToRawLongBits(ArcSamples.angleBetween(a, b))).as("a=%s b=%s", a, b)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }
}
