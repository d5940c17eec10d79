package snapfit.synth;

import java.util.Objects;
import snapfit.model.SegmentShapes;

/**
 * One piece as cut, before it is laid on a sheet: its cell in the puzzle grid, its outline in puzzle
 * pixels and the shape of each side with left/bottom/right/top meaning the finished puzzle's.
 */
record CutPiece(int row, int col, PieceOutline outline, SegmentShapes shapes) {

    CutPiece {
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(shapes, "shapes");
    }
}
