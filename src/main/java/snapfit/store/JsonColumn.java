package snapfit.store;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A record kept as JSON text in one column, with the files' Jackson configuration; SQL NULL for a null record.
 * Used for the optional marker board fields of a sheet, which are read and written whole.
 */
final class JsonColumn {

    private JsonColumn() {
    }

    static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Json.compactWriter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return Json.reader().forType(type).readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dataset.db holds " + type.getSimpleName() + " '" + text
                    + "' that does not parse (" + e.getOriginalMessage() + "); re-run `snapfit ingest`", e);
        }
    }
}
