package snapfit.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GridSizeTest {

    @Test
    void infer_completePuzzles_givesTheirSizeWithRowsFirst() {
        assertThat(GridSize.infer(12, 8)).isEqualTo(new GridSize(4, 6));
        assertThat(GridSize.infer(36, 80)).isEqualTo(new GridSize(10, 12));
        assertThat(GridSize.infer(152, 1344)).isEqualTo(new GridSize(30, 50));
        assertThat(GridSize.infer(4, 1)).isEqualTo(new GridSize(3, 3));
        assertThat(GridSize.infer(0, 0)).isEqualTo(new GridSize(2, 2));
        assertThat(GridSize.infer(2, 0)).isEqualTo(new GridSize(2, 3));
    }

    @Test
    void infer_oneInnerPieceMissing_stillFindsTheGrid() {
        assertThat(GridSize.infer(36, 79)).isEqualTo(new GridSize(10, 12));
    }

    @Test
    void newGridSize_lessThanTwoRows_isRefusedWithTheSize() {
        assertThatThrownBy(() -> new GridSize(1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 x 5");
    }
}
