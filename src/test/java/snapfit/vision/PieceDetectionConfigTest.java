package snapfit.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PieceDetectionConfigTest {

    @Test
    void defaults_values_matchTheSeed() {
        assertThat(PieceDetectionConfig.defaults()).isEqualTo(new PieceDetectionConfig(5, 130, 7, 1, 1, 80_000, 25));
    }

    @Test
    void constructor_badValues_throwNamingValueAndFix() {
        assertThatThrownBy(() -> new PieceDetectionConfig(4, 130, 7, 1, 1, 80_000, 25))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blur kernel 4 px");
        assertThatThrownBy(() -> PieceDetectionConfig.defaults().withThreshold(256))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold 256")
                .hasMessageContaining("--threshold");
        assertThatThrownBy(() -> PieceDetectionConfig.defaults().withMinArea(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--min-area");
        assertThatThrownBy(() -> new PieceDetectionConfig(5, 130, 7, -1, 1, 80_000, 25))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations -1/1");
    }
}
