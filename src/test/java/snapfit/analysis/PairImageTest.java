package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static snapfit.model.SegmentShape.EDGE;
import static snapfit.model.SegmentShape.IN;
import static snapfit.model.SegmentShape.OUT;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import snapfit.model.EdgePos;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.puzzle.Segment;

class PairImageTest {

    private final OverlayPiece left = TestPieces.square(new PieceId("s", 0), 100, 100, 300, 0, EDGE, EDGE, OUT, IN);
    private final OverlayPiece right = TestPieces.square(new PieceId("s", 1), 400, 100, 300, 8, IN, EDGE, OUT, IN);

    @Test
    void render_matchedEdges_bothColoursDrawnAtThemeSize() {
        Segment a = TestPieces.segment(left, EdgePos.RIGHT);
        Segment b = TestPieces.segment(right, EdgePos.LEFT);

        BufferedImage image = PairImage.render(a, b, MatchResult.of(b.id(), a.id(), 0.0123f));

        assertThat(image.getWidth()).isEqualTo(ChartTheme.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartTheme.HEIGHT);
        // The edges fit, so the second line covers most of the first: a few dozen pixels of it show.
        assertThat(countPixels(image, ChartTheme.seriesColour(0))).isGreaterThan(40);
        assertThat(countPixels(image, ChartTheme.seriesColour(1))).isGreaterThan(100);
    }

    @Test
    void render_matchOfOtherSegments_isRefused() {
        Segment a = TestPieces.segment(left, EdgePos.RIGHT);
        Segment b = TestPieces.segment(right, EdgePos.LEFT);
        Segment other = TestPieces.segment(right, EdgePos.TOP);

        assertThatThrownBy(() -> PairImage.render(a, b, MatchResult.of(a.id(), other.id(), 0.5f)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s:1:top");
    }

    private static int countPixels(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }
}
