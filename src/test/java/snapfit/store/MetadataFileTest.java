package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.InputFileException;

class MetadataFileTest {

    @TempDir
    Path dir;

    @Test
    void write_sheetAndPiece_matchesDesignFormat() throws IOException {
        Path file = dir.resolve("metadata.json");
        MetadataFile.write(file, new Metadata(List.of(StoreFixtures.sheet("back_03", 1)),
                List.of(StoreFixtures.edgePiece("back_03", 0))));

        assertSameJson(Files.readString(file), """
                {"sheets": [{"sheet_id": "back_03", "img_path": "sheets/back_03.jpg", "piece_count": 1,
                             "threshold": 130, "min_area": 80000, "created_at": "2026-11-25T12:00:00Z",
                             "calibration": {"scale": 1.0, "keystone_x": 0.0, "keystone_y": 0.0,
                                             "origin_x": 0.0, "origin_y": 0.0, "stretch": 0.0, "shear": 0.0}}],
                 "pieces": [{"piece_id": {"sheet_id": "back_03", "piece_id": 0},
                             "corners": {"top_left": [10, 20], "bottom_left": [12, 520],
                                         "bottom_right": [505, 518], "top_right": [498, 22]},
                             "segment_shapes": {"left": "in", "bottom": "edge", "right": "out", "top": "weird"},
                             "oriented_piece_type": {"piece_type": 1, "orientation": 180},
                             "flat_edges": ["bottom"],
                             "contour_point_count": 1234,
                             "contour_region": [5, 15, 510, 512]}]}
                """);
    }

    @Test
    void write_cornerPiece_keepsFlatEdgeOrderAndOrientation() throws IOException {
        Path file = dir.resolve("metadata.json");
        MetadataFile.write(file, new Metadata(List.of(StoreFixtures.sheet("s", 1)),
                List.of(StoreFixtures.cornerPiece("s", 4))));

        JsonNode piece = Json.reader().readTree(Files.readString(file)).get("pieces").get(0);
        assertSameJson(piece.get("oriented_piece_type").toString(), """
                {"piece_type": 2, "orientation": 0}""");
        assertSameJson(piece.get("flat_edges").toString(), """
                ["top", "left"]""");
    }

    @Test
    void read_writtenFile_returnsEqualRecords() {
        Path file = dir.resolve("metadata.json");
        Metadata metadata = new Metadata(List.of(StoreFixtures.sheet("a", 2), StoreFixtures.sheet("b's \"sheet\"", 0)),
                List.of(StoreFixtures.edgePiece("a", 0), StoreFixtures.cornerPiece("a", 1)));

        MetadataFile.write(file, metadata);

        assertThat(MetadataFile.read(file)).isEqualTo(metadata);
    }

    @Test
    void write_existingFile_replacesItAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("metadata.json");
        Files.writeString(file, "old");

        MetadataFile.write(file, new Metadata(List.of(), List.of()));

        assertSameJson(Files.readString(file), """
                {"sheets": [], "pieces": []}""");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void read_missingFile_namesFileAndFix() {
        Path file = dir.resolve("metadata.json");

        assertThatThrownBy(() -> MetadataFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("snapfit ingest");
    }

    @Test
    void read_truncatedFile_namesLineAndColumn() throws IOException {
        Path file = dir.resolve("metadata.json");
        Files.writeString(file, "{\"sheets\": [{\"sheet_id\": \"a\",\n \"img_pa");

        assertThatThrownBy(() -> MetadataFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 2");
    }

    @Test
    void read_unknownSegmentShape_namesJsonPathAndValue() throws IOException {
        Path file = dir.resolve("metadata.json");
        MetadataFile.write(file, new Metadata(List.of(StoreFixtures.sheet("a", 1)),
                List.of(StoreFixtures.edgePiece("a", 0))));
        Files.writeString(file, Files.readString(file).replace("\"weird\"", "\"wobbly\""));

        assertThatThrownBy(() -> MetadataFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("$.pieces[0].segment_shapes.top")
                .hasMessageContaining("wobbly")
                .hasMessageContaining("in, out, edge, weird");
    }

    @Test
    void read_unknownOrientation_namesValue() throws IOException {
        Path file = dir.resolve("metadata.json");
        MetadataFile.write(file, new Metadata(List.of(StoreFixtures.sheet("a", 1)),
                List.of(StoreFixtures.edgePiece("a", 0))));
        Files.writeString(file, Files.readString(file).replace("\"orientation\": 180", "\"orientation\": 45"));

        assertThatThrownBy(() -> MetadataFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("$.pieces[0].oriented_piece_type.orientation")
                .hasMessageContaining("45");
    }

    @Test
    void read_missingField_namesIt() throws IOException {
        Path file = dir.resolve("metadata.json");
        Files.writeString(file, """
                {"sheets": [{"sheet_id": "a", "img_path": "a.jpg", "piece_count": 0, "threshold": 130,
                             "created_at": "2026-11-25T12:00:00Z"}], "pieces": []}""");

        assertThatThrownBy(() -> MetadataFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("$.sheets[0]")
                .hasMessageContaining("min_area");
    }

    @Test
    void read_wrongShape_saysWhatWasExpected() throws IOException {
        Path file = dir.resolve("metadata.json");
        Files.writeString(file, "[1, 2, 3]");

        assertThatThrownBy(() -> MetadataFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("line 1, column 1")
                .hasMessageContaining("snapfit ingest");
    }

    @Test
    void read_numberAsString_isRefused() throws IOException {
        Path file = dir.resolve("metadata.json");
        Files.writeString(file, """
                {"sheets": [{"sheet_id": "a", "img_path": "a.jpg", "piece_count": "3", "threshold": 130,
                             "min_area": 80000, "created_at": "2026-11-25T12:00:00Z"}], "pieces": []}""");

        assertThatThrownBy(() -> MetadataFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("$.sheets[0].piece_count");
    }

    static void assertSameJson(String actual, String expected) throws IOException {
        assertThat(Json.reader().readTree(actual)).isEqualTo(Json.reader().readTree(expected));
    }
}
