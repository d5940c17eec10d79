package snapfit.solve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import snapfit.model.EdgePos;

/** The rotation convention: a clockwise quarter turn brings the side photographed on the left to the top. */
class PuzzleSidesTest {

    private static final int LEFT = 1 << EdgePos.LEFT.ordinal();
    private static final int BOTTOM = 1 << EdgePos.BOTTOM.ordinal();
    private static final int RIGHT = 1 << EdgePos.RIGHT.ordinal();
    private static final int TOP = 1 << EdgePos.TOP.ordinal();

    @Test
    void turnedMask_quarterTurnClockwise_movesLeftToTop() {
        assertThat(PuzzleSides.turnedMask(LEFT, 1)).isEqualTo(TOP);
        assertThat(PuzzleSides.turnedMask(TOP, 1)).isEqualTo(RIGHT);
        assertThat(PuzzleSides.turnedMask(LEFT | BOTTOM, 1)).isEqualTo(TOP | LEFT);
        assertThat(PuzzleSides.turnedMask(BOTTOM, 2)).isEqualTo(TOP);
        assertThat(PuzzleSides.turnedMask(RIGHT, 3)).isEqualTo(TOP);
        assertThat(PuzzleSides.turnedMask(RIGHT | TOP, 0)).isEqualTo(RIGHT | TOP);
    }

    @Test
    void sideFacing_afterAQuarterTurn_theTopIsThePhotographedLeft() {
        int piece = 3;
        assertThat(PuzzleSides.sideFacing(piece, EdgePos.TOP.ordinal(), 1))
                .isEqualTo(piece * 4 + EdgePos.LEFT.ordinal());
        assertThat(PuzzleSides.sideFacing(piece, EdgePos.LEFT.ordinal(), 2))
                .isEqualTo(piece * 4 + EdgePos.RIGHT.ordinal());
        assertThat(PuzzleSides.sideFacing(piece, EdgePos.BOTTOM.ordinal(), 0))
                .isEqualTo(piece * 4 + EdgePos.BOTTOM.ordinal());
    }
}
