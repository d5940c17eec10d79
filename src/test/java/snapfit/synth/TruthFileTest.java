package snapfit.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.InputFileException;

class TruthFileTest {

    @TempDir
    Path temp;

    @Test
    void write_thenRead_givesTheSameTruth() {
        PuzzleTruth truth = Generator.plan(GeneratorConfig.defaults()).truth();
        Path file = temp.resolve("truth.json");

        TruthFile.write(file, truth);

        assertThat(TruthFile.read(file)).isEqualTo(truth);
    }

    @Test
    void write_neighbours_areSegmentIdStringsAndKeysSnakeCase() throws IOException {
        Path file = temp.resolve("truth.json");

        TruthFile.write(file, Generator.plan(GeneratorConfig.defaults()).truth());

        String json = Files.readString(file);
        assertThat(json).containsPattern("\"seg_id1\" : \"sheet_0\\d:\\d+:(left|bottom|right|top)\"")
                .contains("\"pieces_per_sheet\" : 12", "\"piece_id\" : {", "\"contour_region\" : [",
                        "\"oriented_piece_type\" : {", "\"top_left\" : [");
    }

    @Test
    void read_missingFile_namesItAndHowToMakeOne() {
        Path file = temp.resolve("nope.json");

        assertThatThrownBy(() -> TruthFile.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("snapfit generate");
    }

    @Test
    void read_inconsistentPiece_namesTheFileAndTheProblem() throws IOException {
        Path file = temp.resolve("truth.json");
        TruthFile.write(file, Generator.plan(GeneratorConfig.defaults()).truth());
        // Claim the first corner piece is an inner piece.
        String json = Files.readString(file).replaceFirst("\"piece_type\" : 2", "\"piece_type\" : 0");
        Files.writeString(file, json);

        assertThatThrownBy(() -> TruthFile.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("disagrees with its flat sides");
    }
}
