package snapfit.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import snapfit.store.Json;

/** JSON bodies written with the project's one Jackson configuration ({@link Json}), on one line. */
final class JsonBodies {

    private static final ObjectWriter WRITER = Json.mapper().writer();

    /** The body of an error response. */
    record ErrorBody(@JsonProperty("error") String error, @JsonProperty("fix") String fix) {
    }

    /** The body of {@code GET /api/matches/count}. */
    record Count(@JsonProperty("count") long count) {
    }

    private JsonBodies() {
    }

    static Body of(Object value) {
        return Body.of(bytes(value), Body.JSON);
    }

    /** The value as {@code metadata.json} writes it, indented. */
    static String indented(Object value) {
        try {
            return Json.writer().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static byte[] bytes(Object value) {
        try {
            return WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
