package snapfit.kernel;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code text/plain} form of arrays, collections and maps in a notebook: their elements, as
 * {@code Arrays.deepToString} and {@code AbstractCollection.toString} show them, instead of {@code [D@2d3ceb10},
 * and at most {@link #MAX_ITEMS} items per level followed by how many there are in all, so a 100,000-element
 * array does not flood the notebook.
 */
final class ReadableText {

    /** Items shown per array, collection or map, at every nesting level. */
    static final int MAX_ITEMS = 20;

    private ReadableText() {
    }

    /** Whether {@link #of(Object)} has a better text for {@code value} than its {@code toString()}. */
    static boolean applies(Object value) {
        return value != null && (value.getClass().isArray() || value instanceof Collection || value instanceof Map);
    }

    /** {@code value} as text, arrays, collections and maps cut to {@link #MAX_ITEMS} items. */
    static String of(Object value) {
        if (value != null && value.getClass().isArray()) {
            int length = Array.getLength(value);
            StringJoiner items = new StringJoiner(", ", "[", "]");
            for (int i = 0; i < Math.min(length, MAX_ITEMS); i++) {
                items.add(of(Array.get(value, i)));
            }
            return cut(items, length);
        }
        if (value instanceof Collection<?> collection) {
            return joined(collection.iterator(), collection.size(), "[", "]");
        }
        if (value instanceof Map<?, ?> map) {
            return joined(map.entrySet().iterator(), map.size(), "{", "}");
        }
        return String.valueOf(value);
    }

    private static String joined(Iterator<?> iterator, int size, String open, String close) {
        StringJoiner items = new StringJoiner(", ", open, close);
        for (int i = 0; i < MAX_ITEMS && iterator.hasNext(); i++) {
            Object item = iterator.next();
            items.add(item instanceof Map.Entry<?, ?> entry ? of(entry.getKey()) + "=" + of(entry.getValue()) : of(item));
        }
        return cut(items, size);
    }

    private static String cut(StringJoiner items, int size) {
        if (size <= MAX_ITEMS) {
            return items.toString();
        }
        String shown = items.toString();
        return shown.substring(0, shown.length() - 1) + ", ... (" + size + " in all)" + shown.charAt(shown.length() - 1);
    }
}
