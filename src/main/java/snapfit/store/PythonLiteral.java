package snapfit.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the small subset of Python literal syntax an NPY header uses: a dict of quoted keys whose
 * values are quoted strings, {@code True}/{@code False}, whole numbers, and tuples or lists of those.
 * Strings become {@link String}, booleans {@link Boolean}, numbers {@link Long}, tuples and lists
 * {@link List}. Anything else is refused with {@link IllegalArgumentException} naming the position.
 */
final class PythonLiteral {

    private final String text;
    private int position;

    private PythonLiteral(String text) {
        this.text = text;
    }

    /** The dict literal {@code text}, keys in their order of appearance. */
    static Map<String, Object> parseDict(String text) {
        PythonLiteral parser = new PythonLiteral(text);
        Object value = parser.value();
        parser.skipSpaces();
        if (parser.position != text.length() || !(value instanceof Map<?, ?>)) {
            throw parser.error("expected one dict literal");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> dict = (Map<String, Object>) value;
        return dict;
    }

    private Object value() {
        skipSpaces();
        if (position >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> dict();
            case '(' -> sequence(')');
            case '[' -> sequence(']');
            case '\'', '"' -> string();
            default -> c == '-' || Character.isDigit(c) ? number() : word();
        };
    }

    private Map<String, Object> dict() {
        Map<String, Object> dict = new LinkedHashMap<>();
        position++;
        while (!closes('}')) {
            Object key = value();
            if (!(key instanceof String name)) {
                throw error("dict keys must be strings");
            }
            expect(':');
            dict.put(name, value());
            separatorOrEnd('}');
        }
        return dict;
    }

    private List<Object> sequence(char close) {
        List<Object> items = new ArrayList<>();
        position++;
        while (!closes(close)) {
            items.add(value());
            separatorOrEnd(close);
        }
        return items;
    }

    private String string() {
        char quote = text.charAt(position++);
        int end = text.indexOf(quote, position);
        if (end < 0 || text.lastIndexOf('\\', end) >= position) {
            throw error("unterminated or escaped string");
        }
        String value = text.substring(position, end);
        position = end + 1;
        return value;
    }

    private Long number() {
        int start = position;
        if (text.charAt(position) == '-') {
            position++;
        }
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        if (position < text.length() && text.charAt(position) == 'L') {
            position++;
        }
        try {
            return Long.parseLong(text.substring(start, position).replace("L", ""));
        } catch (NumberFormatException e) {
            throw error("bad number '" + text.substring(start, position) + "'");
        }
    }

    private Boolean word() {
        for (String word : new String[] {"True", "False"}) {
            if (text.startsWith(word, position)) {
                position += word.length();
                return word.equals("True");
            }
        }
        throw error("unexpected '" + text.charAt(position) + "'");
    }

    private boolean closes(char close) {
        skipSpaces();
        if (position < text.length() && text.charAt(position) == close) {
            position++;
            return true;
        }
        return false;
    }

    private void separatorOrEnd(char close) {
        skipSpaces();
        if (position < text.length() && text.charAt(position) == ',') {
            position++;
        } else if (position >= text.length() || text.charAt(position) != close) {
            throw error("expected ',' or '" + close + "'");
        }
    }

    private void expect(char c) {
        skipSpaces();
        if (position >= text.length() || text.charAt(position) != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("header " + text.strip() + " is not a valid NPY header: " + problem
                + " at character " + position);
    }
}
