package snapfit.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import snapfit.model.InputFileException;
import snapfit.model.MatchResult;

/**
 * Reads and writes {@code matches.json}: a JSON array of {@link MatchResult}, one per line, with
 * {@code similarity_manual} written as {@code null} when not set. Writing streams element by
 * element, so a long list never exists as a tree or a string in memory.
 */
public final class MatchesFile {

    private static final String FIX = "re-create it with `snapfit match --cache DIR --json`";

    private MatchesFile() {
    }

    /** Replaces {@code file} atomically with the matches {@code matches} yields. */
    public static void write(Path file, Iterator<MatchResult> matches) {
        AtomicFile.write(file, out -> {
            try (SequenceWriter array = Json.oneElementPerLineWriter().writeValuesAsArray(out)) {
                while (matches.hasNext()) {
                    array.write(matches.next());
                }
            }
            out.write('\n');
        });
    }

    /** Replaces {@code file} atomically with the matches of {@code matches}; the caller still closes the stream. */
    public static void write(Path file, Stream<MatchResult> matches) {
        write(file, matches.iterator());
    }

    /**
     * Reads {@code file}, element by element.
     *
     * @throws InputFileException naming the file, the JSON location and the fix when it is missing or malformed
     */
    public static List<MatchResult> read(Path file) {
        ObjectReader reader = Json.reader().forType(MatchResult.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return JsonFiles.read(file, FIX, parser -> {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw JsonFiles.malformedAt(file, parser, "expected a JSON array of matches", FIX);
            }
            List<MatchResult> matches = new ArrayList<>();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                try {
                    matches.add(reader.readValue(parser));
                } catch (JsonMappingException e) {
                    e.prependPath(matches, matches.size());
                    throw e;
                }
            }
            requireEnd(file, parser);
            return matches;
        });
    }

    private static void requireEnd(Path file, JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw JsonFiles.malformedAt(file, parser, "expected a match object or ']' but found "
                    + parser.currentToken(), FIX);
        }
        if (parser.nextToken() != null) {
            throw JsonFiles.malformedAt(file, parser, "unexpected content after the array of matches", FIX);
        }
    }
}
