package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.SheetBoard;
import snapfit.model.SheetIdentity;

/** The marker board's fields in {@code metadata.json}: upstream's names, and left out for sheets without a board. */
class MetadataFile_BoardFieldsTest {

    @TempDir
    Path dir;

    private static final SheetIdentity IDENTITY = new SheetIdentity("box-a", 3, 10, "gridboard_5x7_slots_3x4", "2026-12-06");
    private static final SheetBoard BOARD = new SheetBoard(List.of(0.25, 0.01, -3.0, -0.02, 0.26, 5.0, 1e-5, 2e-5, 1.0), 4.4);

    @Test
    void write_boardSheetAndLabelledPiece_matchesUpstreamFieldNames() throws IOException {
        Path file = dir.resolve("metadata.json");
        MetadataFile.write(file, new Metadata(List.of(StoreFixtures.sheet("box-a_03", 1).withBoard(IDENTITY, BOARD)),
                List.of(StoreFixtures.edgePiece("box-a_03", 0).withLabel("B3"))));

        MetadataFileTest.assertSameJson(Files.readString(file), """
                {"sheets": [{"sheet_id": "box-a_03", "img_path": "sheets/box-a_03.jpg", "piece_count": 1,
                             "threshold": 130, "min_area": 80000, "created_at": "2026-11-25T12:00:00Z",
                             "calibration": {"scale": 1.0, "keystone_x": 0.0, "keystone_y": 0.0,
                                             "origin_x": 0.0, "origin_y": 0.0, "stretch": 0.0, "shear": 0.0},
                             "metadata": {"tag_name": "box-a", "sheet_index": 3, "total_sheets": 10,
                                          "board_config_id": "gridboard_5x7_slots_3x4", "printed_at": "2026-12-06"},
                             "board": {"homography": [0.25, 0.01, -3.0, -0.02, 0.26, 5.0, 1.0E-5, 2.0E-5, 1.0],
                                       "pixels_per_mm": 4.4}}],
                 "pieces": [{"piece_id": {"sheet_id": "box-a_03", "piece_id": 0},
                             "corners": {"top_left": [10, 20], "bottom_left": [12, 520],
                                         "bottom_right": [505, 518], "top_right": [498, 22]},
                             "segment_shapes": {"left": "in", "bottom": "edge", "right": "out", "top": "weird"},
                             "oriented_piece_type": {"piece_type": 1, "orientation": 180},
                             "flat_edges": ["bottom"],
                             "contour_point_count": 1234,
                             "contour_region": [5, 15, 510, 512],
                             "label": "B3"}]}
                """);
        assertThat(MetadataFile.read(file).sheets().get(0).metadata()).isEqualTo(IDENTITY);
        assertThat(MetadataFile.read(file).pieces().get(0).label()).isEqualTo("B3");
    }

    @Test
    void write_sheetWithoutBoard_leavesBoardFieldsOut() throws IOException {
        Path file = dir.resolve("metadata.json");
        MetadataFile.write(file, new Metadata(List.of(StoreFixtures.sheet("s", 1)), List.of(StoreFixtures.edgePiece("s", 0))));

        String written = Files.readString(file);

        assertThat(written).doesNotContain("\"metadata\"", "\"board\"", "\"label\"");
        assertThat(MetadataFile.read(file).sheets().get(0).board()).isNull();
    }
}
