package snapfit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static snapfit.analysis.PieceFixtures.piece;
import static snapfit.model.SegmentShape.EDGE;
import static snapfit.model.SegmentShape.IN;
import static snapfit.model.SegmentShape.OUT;
import static snapfit.model.SegmentShape.WEIRD;

import java.util.List;
import org.junit.jupiter.api.Test;
import snapfit.model.PieceRecord;
import tech.tablesaw.api.Table;

class PieceTablesTest {

    private static final List<PieceRecord> PIECES = List.of(
            piece("back_03:0", 100, IN, OUT, IN, OUT),
            piece("back_03:1", 400, EDGE, OUT, WEIRD, IN),
            piece("back_04:0", 700, OUT, EDGE, EDGE, IN));

    @Test
    void pieces_threeRecords_oneRowEachWithEveryColumn() {
        Table table = PieceTables.pieces(PIECES);

        assertThat(table.columnNames()).containsExactly("piece_id", "sheet_id", "index", "piece_type",
                "orientation", "left", "bottom", "right", "top", "flat_edges", "contour_point_count",
                "box_x", "box_y", "box_w", "box_h");
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.stringColumn("piece_id").asList()).containsExactly("back_03:0", "back_03:1", "back_04:0");
        assertThat(table.stringColumn("sheet_id").get(2)).isEqualTo("back_04");
        assertThat(table.intColumn("index").asList()).containsExactly(0, 1, 0);
        assertThat(table.stringColumn("piece_type").asList()).containsExactly("INNER", "EDGE", "CORNER");
        // Canonically borders are on top (edge) or top and left (corner): left is 270 degrees on, bottom+right 180.
        assertThat(table.intColumn("orientation").asList()).containsExactly(0, 270, 180);
        assertThat(table.stringColumn("right").asList()).containsExactly("in", "weird", "edge");
        assertThat(table.intColumn("flat_edges").asList()).containsExactly(0, 1, 2);
        assertThat(table.intColumn("contour_point_count").get(0)).isEqualTo(800);
        assertThat(table.intColumn("box_x").asList()).containsExactly(70, 370, 670);
        assertThat(table.intColumn("box_h").get(1)).isEqualTo(260);
    }

    @Test
    void countsByPieceType_everyTypeListedEvenWhenAbsent() {
        Table table = PieceTables.countsByPieceType(PIECES.subList(0, 2));

        assertThat(table.stringColumn("piece_type").asList()).containsExactly("INNER", "EDGE", "CORNER");
        assertThat(table.intColumn("count").asList()).containsExactly(1, 1, 0);
    }

    @Test
    void countsByShape_allSidesOfAllPieces() {
        Table table = PieceTables.countsByShape(PIECES);

        assertThat(table.stringColumn("shape").asList()).containsExactly("in", "out", "edge", "weird");
        assertThat(table.intColumn("count").asList()).containsExactly(4, 4, 3, 1);
    }
}
