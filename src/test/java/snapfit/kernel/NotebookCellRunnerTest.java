package snapfit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import snapfit.model.InputFileException;

class NotebookCellRunnerTest {

    private static final Path TEST_NOTEBOOKS = Path.of("src", "test", "resources", "notebooks");
    private static final Path PROJECT_NOTEBOOKS = Path.of("notebooks");

    @TempDir
    Path dir;

    /** The kernel's test notebooks and every project notebook, so that new notebooks are covered. */
    static Stream<Path> notebooks() throws IOException {
        return Stream.concat(list(TEST_NOTEBOOKS), list(PROJECT_NOTEBOOKS));
    }

    private static Stream<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".ipynb")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void run_notebook_everyCodeCellSucceeds(Path notebook) {
        assertThat(NotebookCellRunner.run(notebook)).isPositive();
    }

    @Test
    void run_smokeNotebook_runsItsFiveCodeCells() {
        assertThat(NotebookCellRunner.run(TEST_NOTEBOOKS.resolve("kernel_smoke.ipynb"))).isEqualTo(5);
    }

    @Test
    void run_failingCell_namesNotebookCellAndError() throws IOException {
        Path notebook = Files.writeString(dir.resolve("broken.ipynb"), """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
                  {"cell_type": "markdown", "metadata": {}, "source": ["# Broken"]},
                  {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
                   "source": ["int sheets = 2;\\n", "System.out.println(sheets);"]},
                  {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
                   "source": "if (sheets != 3) {\\n    throw new IllegalStateException(\\"expected 3 sheets, got \\" + sheets);\\n}"},
                  {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
                   "source": "throw new AssertionError(\\"never reached\\");"}
                ]}
                """);

        assertThatThrownBy(() -> NotebookCellRunner.run(notebook))
                .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.file()).isEqualTo(notebook))
                .hasMessage(notebook + ": cell 3 (code cell 2) failed: java.lang.IllegalStateException: expected 3 sheets, got 2\n"
                        + "    at line 1 of cell [2]"); // JShell places every frame of a statement on its first line
    }

    @Test
    void run_notANotebook_saysWhatIsMissing() throws IOException {
        Path notebook = Files.writeString(dir.resolve("empty.ipynb"), "{\"metadata\": {}}");

        assertThatThrownBy(() -> NotebookCellRunner.run(notebook))
                .isInstanceOf(InputFileException.class)
                .hasMessage(notebook + ": not a Jupyter notebook: no \"cells\" array (nbformat 4 expected)");
    }
}
