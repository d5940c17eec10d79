package snapfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static snapfit.model.SegmentShape.EDGE;
import static snapfit.model.SegmentShape.IN;
import static snapfit.model.SegmentShape.OUT;
import static snapfit.model.SegmentShape.WEIRD;

import org.junit.jupiter.api.Test;

class SegmentShapeTest {

    @Test
    void canMatch_followsTheSeedsRules_andIsSymmetric() {
        // rows and columns: IN, OUT, EDGE, WEIRD
        boolean[][] expected = {
                {false, true, false, true},
                {true, false, false, true},
                {false, false, false, false},
                {true, true, false, true},
        };
        SegmentShape[] shapes = {IN, OUT, EDGE, WEIRD};
        for (int a = 0; a < shapes.length; a++) {
            for (int b = 0; b < shapes.length; b++) {
                assertThat(shapes[a].canMatch(shapes[b]))
                        .as("%s + %s", shapes[a], shapes[b]).isEqualTo(expected[a][b]);
            }
        }
    }
}
