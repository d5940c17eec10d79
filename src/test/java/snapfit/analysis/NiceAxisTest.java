package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class NiceAxisTest {

    @Test
    void step_spans_areOneTwoOrFiveTimesPowersOfTen() {
        assertThat(NiceAxis.step(0.7)).isCloseTo(0.1, offset(1e-12));
        assertThat(NiceAxis.step(0.3)).isCloseTo(0.05, offset(1e-12));
        assertThat(NiceAxis.step(1400)).isCloseTo(200, offset(1e-9));
    }

    @Test
    void pattern_step_showsDecimalsItNeeds() {
        assertThat(NiceAxis.pattern(0.1)).isEqualTo("0.#");
        assertThat(NiceAxis.pattern(0.05)).isEqualTo("0.##");
        assertThat(NiceAxis.pattern(200)).isEqualTo("#,##0");
    }

    @Test
    void applyToX_oddRange_widenedToRoundEnds() {
        XYChart chart = ChartTheme.xyChart("t", "x", "y");

        NiceAxis.applyToX(chart.getStyler(), 0.005355834960938, 0.69);

        assertThat(chart.getStyler().getXAxisMin()).isEqualTo(0.0);
        assertThat(chart.getStyler().getXAxisMax()).isCloseTo(0.7, offset(1e-12));
    }
}
