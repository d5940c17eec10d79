package snapfit.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineOrderTest {

    /** A 100 x 100 square outline with top-left corner (x, y), interleaved. */
    private static int[] square(int x, int y) {
        return new int[] {x, y, x, y + 99, x + 99, y + 99, x + 99, y};
    }

    @Test
    void readingOrder_twoUnevenRows_topRowLeftToRightThenBottomRow() {
        int[] topRight = square(500, 0);
        int[] topLeftLower = square(100, 40);
        int[] topMiddleHigher = square(300, -20);
        int[] bottomRight = square(450, 200);
        int[] bottomLeft = square(80, 230);

        List<int[]> ordered = OutlineOrder.readingOrder(
                List.of(bottomRight, topRight, bottomLeft, topMiddleHigher, topLeftLower), xy -> xy);

        assertThat(ordered).containsExactly(topLeftLower, topMiddleHigher, topRight, bottomLeft, bottomRight);
    }
}
