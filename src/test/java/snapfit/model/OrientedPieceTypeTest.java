package snapfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static snapfit.model.EdgePos.BOTTOM;
import static snapfit.model.EdgePos.LEFT;
import static snapfit.model.EdgePos.RIGHT;
import static snapfit.model.EdgePos.TOP;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrientedPieceTypeTest {

    @Test
    void ofFlatEdges_none_isInnerAtZero() {
        assertThat(OrientedPieceType.ofFlatEdges(Set.of()))
                .isEqualTo(new OrientedPieceType(PieceType.INNER, Orientation.DEG_0));
    }

    @Test
    void ofFlatEdges_oneFlat_isEdgeTurnedClockwiseFromTop() {
        assertThat(orientationOf(TOP)).isEqualTo(Orientation.DEG_0);
        assertThat(orientationOf(RIGHT)).isEqualTo(Orientation.DEG_90);
        assertThat(orientationOf(BOTTOM)).isEqualTo(Orientation.DEG_180);
        assertThat(orientationOf(LEFT)).isEqualTo(Orientation.DEG_270);
    }

    @Test
    void ofFlatEdges_twoAdjacentFlats_isCornerTurnedClockwiseFromTopLeft() {
        assertThat(orientationOf(TOP, LEFT)).isEqualTo(Orientation.DEG_0);
        assertThat(orientationOf(TOP, RIGHT)).isEqualTo(Orientation.DEG_90);
        assertThat(orientationOf(RIGHT, BOTTOM)).isEqualTo(Orientation.DEG_180);
        assertThat(orientationOf(BOTTOM, LEFT)).isEqualTo(Orientation.DEG_270);
        assertThat(OrientedPieceType.ofFlatEdges(EnumSet.of(BOTTOM, LEFT)).pieceType()).isEqualTo(PieceType.CORNER);
    }

    @Test
    void ofFlatEdges_oppositeOrThreeFlats_isRefused() {
        assertThatThrownBy(() -> OrientedPieceType.ofFlatEdges(EnumSet.of(TOP, BOTTOM)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opposite");
        assertThatThrownBy(() -> OrientedPieceType.ofFlatEdges(EnumSet.of(TOP, LEFT, BOTTOM)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 flat borders");
    }

    private static Orientation orientationOf(EdgePos... flats) {
        return OrientedPieceType.ofFlatEdges(EnumSet.of(flats[0], flats)).orientation();
    }
}
