package snapfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapfit board --paper}: the PDF beside the PNGs, and one line for what cannot be printed. */
class CliBoardTest {

    @TempDir
    Path dir;

    @Test
    void board_paperA4_writesThePdfBesideThePngsAndSaysSo() throws IOException {
        CliRun run = CliRun.of("board", "--out", dir, "--sheets", 2, "--dpi", 50, "--paper", "A4");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("wrote 2 boards, boards.pdf (A4) and boards.json");
        assertThat(fileNames()).containsExactly("board_00.png", "board_01.png", "boards.json", "boards.pdf");
    }

    @Test
    void board_tooLargeForLetter_oneLineNamingTheFixAndNothingWritten() throws IOException {
        CliRun run = CliRun.of("board", "--out", dir, "--piece-mm", 25, "--paper", "letter");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("snapfit board: a board for 25.0 mm pieces is 214 x 305 mm, larger than Letter")
                .endsWith("use --piece-mm 22 or less, or larger paper");
        assertThat(fileNames()).isEmpty();
    }

    @Test
    void board_unknownPaperOrPaperWithScreen_oneLineEach() {
        CliRun unknown = CliRun.of("board", "--out", dir, "--paper", "a5");
        CliRun withScreen = CliRun.of("board", "--out", dir, "--paper", "a4", "--screen", "1920x1080");

        assertThat(unknown.err()).isEqualTo("snapfit board: --paper a5: expected a4 or letter" + System.lineSeparator());
        assertThat(withScreen.exitCode()).isEqualTo(1);
        assertThat(withScreen.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("--paper a4 with --screen 1920x1080").contains("drop one of them");
    }

    private Stream<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList().stream();
        }
    }
}
