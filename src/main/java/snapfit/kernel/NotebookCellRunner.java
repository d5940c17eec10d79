package snapfit.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import snapfit.model.InputFileException;

/**
 * Runs the code cells of a Jupyter notebook ({@code .ipynb}, nbformat 4) in order, in this JVM, with the
 * same evaluator as the kernel: a fast check that a notebook still works, without Python or Jupyter.
 * Outputs are not written back. Each run starts a fresh evaluator (a fresh JShell).
 */
public final class NotebookCellRunner {

    private NotebookCellRunner() {
    }

    /**
     * Runs every code cell of {@code notebook} with this JVM's class path.
     *
     * @return the number of code cells run
     * @throws InputFileException if the file is not a notebook, or naming the first failing cell (its
     *     1-based position among all cells) and its error
     */
    public static int run(Path notebook) {
        return run(notebook, CellEvaluator.jvmClasspath());
    }

    static int run(Path notebook, List<Path> classpath) {
        JsonNode cells = readCells(notebook);
        int codeCells = 0;
        try (CellEvaluator evaluator = new CellEvaluator(classpath, DisplayRenderers.create(), new CollectedOutput())) {
            for (int i = 0; i < cells.size(); i++) {
                JsonNode cell = cells.get(i);
                if (!"code".equals(cell.path("cell_type").asText())) {
                    continue;
                }
                codeCells++;
                try {
                    evaluator.eval(source(cell.path("source")));
                } catch (CellException e) {
                    throw new InputFileException(notebook, "cell " + (i + 1) + " (code cell " + codeCells + ") failed: "
                            + e.getMessage());
                }
            }
        }
        return codeCells;
    }

    private static JsonNode readCells(Path notebook) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(notebook.toFile());
        } catch (IOException e) {
            throw new InputFileException(notebook, "cannot read the notebook as JSON: " + e.getMessage(), e);
        }
        JsonNode cells = root == null ? null : root.get("cells");
        if (cells == null || !cells.isArray()) {
            throw new InputFileException(notebook, "not a Jupyter notebook: no \"cells\" array (nbformat 4 expected)");
        }
        return cells;
    }

    /** nbformat stores a cell's source as one string or as a list of lines that keep their newlines. */
    private static String source(JsonNode source) {
        if (source.isTextual()) {
            return source.asText();
        }
        StringBuilder text = new StringBuilder();
        source.forEach(line -> text.append(line.asText()));
        return text.toString();
    }
}
