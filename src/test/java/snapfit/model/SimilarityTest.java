package snapfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void quantize_anyScore_survivesTheFixedPointRoundTripExactly() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            double score = Math.pow(10, random.nextDouble(-6, 5));
            float quantized = Similarity.quantize(score);

            assertThat(Similarity.fromFixedPoint(Similarity.toFixedPoint(quantized))).isEqualTo(quantized);
            assertThat((double) quantized).isCloseTo(Math.min(score, Similarity.MAX),
                    org.assertj.core.data.Offset.offset(Math.max(Similarity.STEP, Math.ulp(quantized))));
        }
    }

    @Test
    void quantize_outOfRange_isClamped_andNaNRefused() {
        assertThat(Similarity.quantize(-3)).isZero();
        assertThat(Similarity.quantize(1e12)).isEqualTo(Similarity.MAX);
        assertThat(Similarity.quantize(Double.POSITIVE_INFINITY)).isEqualTo(Similarity.MAX);
        assertThatThrownBy(() -> Similarity.quantize(Double.NaN)).hasMessageContaining("NaN");
    }
}
