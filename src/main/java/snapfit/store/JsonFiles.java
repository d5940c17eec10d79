package snapfit.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import snapfit.model.InputFileException;

/** Reading snap-fit JSON files, turning every failure into a message that names the file, the place and the fix. */
final class JsonFiles {

    private JsonFiles() {
    }

    /** Reading code that may throw Jackson's or the JDK's checked exceptions. */
    @FunctionalInterface
    interface ParserWork<T> {
        T read(JsonParser parser) throws IOException;
    }

    /**
     * Runs {@code work} on a parser over {@code file}.
     *
     * @param fix what the user should do when the file is missing or malformed, e.g. "re-run snapfit ingest"
     */
    static <T> T read(Path file, String fix, ParserWork<T> work) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(file, "does not exist or is not a file; " + fix);
        }
        try (JsonParser parser = Json.reader().createParser(file.toFile())) {
            return work.read(parser);
        } catch (JsonProcessingException e) {
            throw malformed(file, e, fix);
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, "does not exist; " + fix, e);
        } catch (IOException e) {
            throw new InputFileException(file, "cannot be read (" + e + "); check its permissions", e);
        }
    }

    /** Reads the whole file as one {@code type}. */
    static <T> T readValue(Path file, Class<T> type, String fix) {
        return read(file, fix, parser -> Json.reader().forType(type).readValue(parser));
    }

    /** The failure at the parser's current place, for shape errors found by hand rather than by Jackson. */
    static InputFileException malformedAt(Path file, JsonParser parser, String problem, String fix) {
        return new InputFileException(file, problem + " at " + where(parser.currentLocation()) + "; " + fix);
    }

    private static InputFileException malformed(Path file, JsonProcessingException e, String fix) {
        String problem = rootProblem(e);
        String place = e.getLocation() == null ? "" : " (" + where(e.getLocation()) + ")";
        String jsonPath = e instanceof DatabindException databind ? " at " + jsonPath(databind) : "";
        return new InputFileException(file, "malformed JSON" + jsonPath + place + ": " + problem + "; " + fix, e);
    }

    /** Our own validation messages (record constructors, enum factories) say more than Jackson's wrapper. */
    private static String rootProblem(JsonProcessingException e) {
        Throwable cause = e.getCause();
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return cause instanceof NullPointerException ? "missing " + cause.getMessage() : cause.getMessage();
        }
        String message = e.getOriginalMessage();
        int end = message.indexOf('\n');
        end = end < 0 ? message.length() : end;
        int featureHint = message.indexOf("; `DeserializationFeature");
        return message.substring(0, featureHint < 0 ? end : Math.min(end, featureHint));
    }

    /** A JSONPath-like location such as {@code $.pieces[3].corners.top_left}. */
    private static String jsonPath(DatabindException e) {
        StringBuilder path = new StringBuilder("$");
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append('.').append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
        }
        return path.toString();
    }

    private static String where(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
