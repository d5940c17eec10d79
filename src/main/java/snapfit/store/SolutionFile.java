package snapfit.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import snapfit.model.InputFileException;
import snapfit.model.PieceId;
import snapfit.model.Placement;
import snapfit.model.Solution;

/**
 * {@code solution.json} (DESIGN.md): {@code {"rows": R, "cols": C, "cells": [[{"piece_id": "sheet_03:7",
 * "rotation": 90, "confidence": 0.97}, null, ...], ...], "unplaced": ["sheet_09:2", ...]}}, cells row-major from
 * the top row, piece ids in their {@code sheet:idx} form. Written atomically ({@link AtomicFile}).
 */
public final class SolutionFile {

    private static final String FIX = "run `snapfit solve --cache DIR` again to rewrite it";

    private SolutionFile() {
    }

    /** Where {@code snapfit solve} keeps the solution in a cache folder. */
    public static Path in(Path cacheDir) {
        return cacheDir.resolve("solution.json");
    }

    public static void write(Path file, Solution solution) {
        Cell[][] cells = new Cell[solution.rows()][solution.cols()];
        for (Placement placement : solution.placements()) {
            cells[placement.row()][placement.col()] = new Cell(placement.pieceId().toString(), placement.rotation(),
                    placement.confidence());
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Cell[] row : cells) {
            rows.add(Arrays.asList(row));
        }
        FileForm form = new FileForm(solution.rows(), solution.cols(), rows,
                solution.unplaced().stream().map(PieceId::toString).toList());
        AtomicFile.write(file, out -> Json.writer().writeValue(out, form));
    }

    /** @throws InputFileException naming the file when it is missing, malformed or inconsistent */
    public static Solution read(Path file) {
        FileForm form = JsonFiles.readValue(file, FileForm.class, FIX);
        try {
            if (form.cells() == null || form.cells().size() != form.rows()) {
                throw new IllegalArgumentException("cells has " + (form.cells() == null ? 0 : form.cells().size())
                        + " rows where rows says " + form.rows());
            }
            List<Placement> placements = new ArrayList<>();
            for (int row = 0; row < form.rows(); row++) {
                List<Cell> cells = form.cells().get(row);
                if (cells.size() != form.cols()) {
                    throw new IllegalArgumentException("row " + row + " has " + cells.size() + " cells where cols says "
                            + form.cols());
                }
                for (int col = 0; col < cells.size(); col++) {
                    Cell cell = cells.get(col);
                    if (cell != null) {
                        placements.add(new Placement(PieceId.parse(cell.pieceId()), row, col, cell.rotation(),
                                cell.confidence()));
                    }
                }
            }
            List<PieceId> unplaced = form.unplaced() == null ? List.of()
                    : form.unplaced().stream().map(PieceId::parse).toList();
            return new Solution(form.rows(), form.cols(), placements, unplaced);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InputFileException(file, "is not a valid solution: " + e.getMessage() + "; " + FIX, e);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    private record FileForm(@JsonProperty("rows") int rows, @JsonProperty("cols") int cols,
                            @JsonProperty("cells") List<List<Cell>> cells,
                            @JsonProperty("unplaced") List<String> unplaced) {
    }

    private record Cell(@JsonProperty("piece_id") String pieceId, @JsonProperty("rotation") int rotation,
                        @JsonProperty("confidence") double confidence) {
    }
}
