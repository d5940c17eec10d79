package snapfit.synth;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import snapfit.model.InputFileException;
import snapfit.store.AtomicFile;

/** Reads and writes {@code truth.json} (format in {@code data/README.md}). Thread-safe. */
public final class TruthFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The top-level fields every truth file has: a JSON file without them is some other file. */
    private static final List<String> FIELDS = List.of("config", "sheets", "pieces", "neighbours");

    private TruthFile() {
    }

    /**
     * @throws InputFileException when the file is missing, unreadable or not a valid truth file
     */
    public static PuzzleTruth read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode tree = MAPPER.readTree(in);
            requireTruthFields(file, tree);
            return MAPPER.treeToValue(tree, PuzzleTruth.class);
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, "no such truth file: generate one with `snapfit generate --out DIR`", e);
        } catch (JacksonException e) {
            throw new InputFileException(file, "not a valid truth.json: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputFileException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static void requireTruthFields(Path file, JsonNode tree) {
        List<String> fields = new ArrayList<>();
        if (tree != null && tree.isObject()) {
            tree.fieldNames().forEachRemaining(fields::add);
        }
        if (!fields.containsAll(FIELDS)) {
            throw new InputFileException(file, "is not a truth.json written by `snapfit generate` (expected the fields "
                    + String.join(", ", FIELDS) + ", found " + (fields.isEmpty() ? "none" : String.join(", ", fields))
                    + "); pass the DIR/truth.json that `snapfit generate --out DIR` wrote");
        }
    }

    /** Writes atomically: to a temporary file beside {@code file}, then renamed over it. */
    public static void write(Path file, PuzzleTruth truth) {
        AtomicFile.write(file, out -> MAPPER.writeValue(out, truth));
    }
}
