package snapfit.solve;

import java.util.List;
import java.util.Objects;
import snapfit.model.EdgePos;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SegmentShape;

/**
 * The pieces a solver works on, numbered 0 to n - 1 in the order given, and their sides numbered
 * {@code piece * 4 + EdgePos.ordinal()} (photo sides: left, bottom, right, top as photographed). Immutable.
 */
final class PuzzleSides {

    static final int SIDES = 4;

    private final List<PieceId> pieces;
    /** Per piece, a bit per photographed side that is a flat border ({@code 1 << EdgePos.ordinal()}). */
    private final int[] flatMasks;

    PuzzleSides(List<PieceRecord> records) {
        this.pieces = records.stream().map(PieceRecord::pieceId).toList();
        this.flatMasks = new int[records.size()];
        for (int piece = 0; piece < flatMasks.length; piece++) {
            PieceRecord record = records.get(piece);
            for (EdgePos edge : EdgePos.values()) {
                if (record.segmentShapes().get(edge) == SegmentShape.EDGE) {
                    flatMasks[piece] |= 1 << edge.ordinal();
                }
            }
        }
    }

    int size() {
        return pieces.size();
    }

    PieceId pieceId(int piece) {
        return pieces.get(piece);
    }

    int indexOf(PieceId piece) {
        int index = pieces.indexOf(Objects.requireNonNull(piece, "piece"));
        if (index < 0) {
            throw new IllegalArgumentException("piece " + piece + " is not in this puzzle");
        }
        return index;
    }

    int flatMask(int piece) {
        return flatMasks[piece];
    }

    /** Flat sides as photographed. */
    int flatCount(int piece) {
        return Integer.bitCount(flatMasks[piece]);
    }

    /** The side of {@code piece} that faces {@code direction} (an {@link EdgePos} ordinal) after {@code turns}. */
    static int sideFacing(int piece, int direction, int turns) {
        return piece * SIDES + (direction + turns) % SIDES;
    }

    /** The flat mask of a piece after {@code turns} quarter turns clockwise, in directions of the grid. */
    static int turnedMask(int mask, int turns) {
        // After a clockwise quarter turn, the side photographed at ordinal e faces e - 1 (left faces up).
        return ((mask >>> turns) | (mask << (SIDES - turns))) & 0xF;
    }
}
