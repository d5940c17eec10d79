package snapfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetBoardTest {

    /** A 25 degree tilt's keystone, a turn, a shear and a shift: photo pixels to board units. */
    private static final SheetBoard TILTED = new SheetBoard(
            List.of(0.31, 0.04, -120.0, -0.05, 0.29, 35.0, 6e-5, -4e-5, 1.0), 4.4);

    @Test
    void calibration_tiltedBoard_keepsEveryDistanceOfTheBoardFrameAtOneScale() {
        double puzzlePerUnit = 3.5;
        SheetCalibration calibration = TILTED.calibration(1800, 2600, puzzlePerUnit);
        double[][] points = {{300, 400}, {3500, 500}, {3300, 5200}, {500, 5000}, {1800, 2600}, {2500, 1200}};

        for (double[] p : points) {
            for (double[] q : points) {
                double onBoard = Math.hypot(TILTED.boardX(p[0], p[1]) - TILTED.boardX(q[0], q[1]),
                        TILTED.boardY(p[0], p[1]) - TILTED.boardY(q[0], q[1]));
                double calibrated = Math.hypot(calibration.toPuzzleX(p[0], p[1]) - calibration.toPuzzleX(q[0], q[1]),
                        calibration.toPuzzleY(p[0], p[1]) - calibration.toPuzzleY(q[0], q[1]));
                assertThat(calibrated).isCloseTo(puzzlePerUnit * onBoard, within(1e-6 * (1 + calibrated)));
            }
        }
    }
}
