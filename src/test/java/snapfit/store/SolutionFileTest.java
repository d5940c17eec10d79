package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.InputFileException;
import snapfit.model.PieceId;
import snapfit.model.Placement;
import snapfit.model.Solution;

class SolutionFileTest {

    private static final Solution SOLUTION = new Solution(2, 3, List.of(
            new Placement(PieceId.parse("sheet_03:7"), 0, 0, 90, 0.97),
            new Placement(PieceId.parse("sheet_01:0"), 1, 2, 270, 0.25)),
            List.of(PieceId.parse("sheet_09:2")));

    @TempDir
    Path dir;

    @Test
    void write_thenRead_givesTheSameSolution() {
        Path file = SolutionFile.in(dir);

        SolutionFile.write(file, SOLUTION);

        assertThat(SolutionFile.read(file)).isEqualTo(SOLUTION);
    }

    @Test
    void write_cellsRowMajorWithNullForEmptyCells_asDesignSays() throws IOException {
        Path file = SolutionFile.in(dir);

        SolutionFile.write(file, SOLUTION);

        assertThat(Json.reader().readTree(Files.readString(file))).isEqualTo(Json.reader().readTree("""
                {"rows": 2, "cols": 3,
                 "cells": [[{"piece_id": "sheet_03:7", "rotation": 90, "confidence": 0.97}, null, null],
                           [null, null, {"piece_id": "sheet_01:0", "rotation": 270, "confidence": 0.25}]],
                 "unplaced": ["sheet_09:2"]}"""));
    }

    @Test
    void write_overAnOldSolution_replacesItWholeAndLeavesNoTemporaryFile() throws IOException {
        Path file = SolutionFile.in(dir);
        SolutionFile.write(file, new Solution(1, 1, List.of(), List.of()));

        SolutionFile.write(file, SOLUTION);

        assertThat(SolutionFile.read(file)).isEqualTo(SOLUTION);
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("solution.json");
        }
    }

    @Test
    void read_rowOfTheWrongLength_namesTheFileAndTheRow() throws IOException {
        Path file = SolutionFile.in(dir);
        Files.writeString(file, """
                {"rows": 1, "cols": 2, "cells": [[null]], "unplaced": []}""");

        assertThatThrownBy(() -> SolutionFile.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("row 0 has 1 cells where cols says 2")
                .hasMessageContaining("snapfit solve");
    }

    @Test
    void saveSolution_thenReopen_readsItBackFromTheDatabase() {
        Path database = dir.resolve("dataset.db");
        try (MatchStore store = MatchStore.open(database)) {
            store.ingest(new snapfit.store.Metadata(List.of(StoreFixtures.sheet("sheet_03", 8),
                    StoreFixtures.sheet("sheet_01", 1), StoreFixtures.sheet("sheet_09", 3)), List.of(
                    StoreFixtures.edgePiece("sheet_03", 7), StoreFixtures.edgePiece("sheet_01", 0),
                    StoreFixtures.edgePiece("sheet_09", 2))));
            store.saveSolution(SOLUTION);
        }
        try (MatchStore store = MatchStore.open(database)) {
            Solution stored = store.solution().orElseThrow();

            assertThat(stored.rows()).isEqualTo(2);
            assertThat(stored.placements()).containsExactlyInAnyOrderElementsOf(SOLUTION.placements());
            assertThat(stored.unplaced()).containsExactly(PieceId.parse("sheet_09:2"));
        }
    }
}
