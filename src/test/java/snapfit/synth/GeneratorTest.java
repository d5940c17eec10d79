package snapfit.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    /** A 2 x 3 puzzle on 2 sheets of 3. */
    private static final GeneratorConfig SMALL = new GeneratorConfig(2, 3, 5, 3, 10, false);
    /** The same on one sheet: fewer images to render. */
    private static final GeneratorConfig ONE_SHEET = new GeneratorConfig(2, 3, 5, 6, 10, false);

    @TempDir
    Path temp;

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void generate_sameConfigTwice_writesIdenticalTruthAndImageBytes() throws IOException {
        Generator.generate(ONE_SHEET, temp.resolve("a"), (done, total) -> { });
        Generator.generate(ONE_SHEET, temp.resolve("b"), (done, total) -> { });

        assertThat(Files.readAllBytes(temp.resolve("b/truth.json"))).isEqualTo(Files.readAllBytes(temp.resolve("a/truth.json")));
        assertThat(listing(temp.resolve("a/sheets"))).containsExactly("sheet_00.jpg");
        for (String sheet : listing(temp.resolve("a/sheets"))) {
            assertThat(Files.readAllBytes(temp.resolve("b/sheets").resolve(sheet)))
                    .isEqualTo(Files.readAllBytes(temp.resolve("a/sheets").resolve(sheet)));
        }
    }

    @Test
    void generate_otherSeed_cutsADifferentPuzzle() {
        PuzzleTruth one = Generator.plan(SMALL).truth();
        PuzzleTruth other = Generator.plan(SMALL.withSeed(6)).truth();

        assertThat(other.pieces()).isNotEqualTo(one.pieces());
    }

    @Test
    void generate_progress_countsEverySheetOnce() {
        List<String> calls = new ArrayList<>();

        Generator.generate(SMALL.withClean(true), temp, (done, total) -> calls.add(done + "/" + total));

        assertThat(calls).containsExactly("1/2", "2/2");
    }

    @Test
    void generate_writesTheTruthItReturnsAndLeavesNoTemporaryFiles() throws IOException {
        PuzzleTruth truth = Generator.generate(ONE_SHEET.withClean(true), temp, (done, total) -> { });

        assertThat(TruthFile.read(temp.resolve("truth.json"))).isEqualTo(truth);
        assertThat(listing(temp)).containsExactly("sheets", "truth.json");
        assertThat(truth.sheets()).extracting(TruthSheet::imgPath).containsExactly("sheets/sheet_00.png");
    }

    @Test
    void generate_intoAnEarlierOutput_replacesItsSheets() throws IOException {
        Generator.generate(SMALL.withClean(true), temp, (done, total) -> { });

        Generator.generate(ONE_SHEET.withClean(true), temp, (done, total) -> { });

        assertThat(listing(temp.resolve("sheets"))).containsExactly("sheet_00.png");
        assertThat(TruthFile.read(temp.resolve("truth.json")).sheets()).hasSize(1);
    }
}
