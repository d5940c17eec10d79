package snapfit.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencv.core.Rect;

class CoarseRegionsTest {

    @Test
    void merged_chainOfOverlapsAndOneApart_chainBecomesItsBoundingRectangle() {
        OpenCv.ensureLoaded();
        Rect a = new Rect(0, 0, 100, 100);
        Rect b = new Rect(90, 50, 100, 100);     // overlaps a
        Rect c = new Rect(180, 140, 50, 50);     // overlaps b only
        Rect apart = new Rect(400, 0, 50, 50);
        Rect touching = new Rect(450, 0, 10, 10); // shares an edge with apart: no overlap

        assertThat(CoarseRegions.merged(List.of(a, apart, b, touching, c)))
                .containsExactlyInAnyOrder(new Rect(0, 0, 230, 190), apart, touching);
    }
}
