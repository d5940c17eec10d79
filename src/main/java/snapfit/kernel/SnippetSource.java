package snapfit.kernel;

import java.util.Objects;

/**
 * One JShell snippet of a cell and where it stands in the cell. {@code startLine} is the cell line
 * where its source begins (JShell reports compile errors and the frames of declared methods relative to
 * it); {@code codeLine} is the line of its first code after blank lines and comments (JShell reports
 * every frame of a statement as its line 1). Lines are 1-based.
 */
record SnippetSource(String source, int startLine, int codeLine) {

    SnippetSource {
        Objects.requireNonNull(source, "source");
        if (startLine < 1 || codeLine < startLine) {
            throw new IllegalArgumentException("need 1 <= startLine <= codeLine, got " + startLine + ", " + codeLine);
        }
    }

    /** The snippet {@code source} that begins at character {@code offset} of {@code code}, whose line 1 is cell line {@code firstLine}. */
    static SnippetSource in(String code, int offset, int firstLine, String source) {
        int startLine = firstLine + lineOf(code, offset);
        return new SnippetSource(source, startLine, startLine + lineOf(source, firstCodeOffset(source)));
    }

    /** The 0-based line of character {@code offset} in {@code text}. */
    static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The cell line of character {@code offset} of the snippet's source. */
    int cellLineOf(int offset) {
        return startLine + lineOf(source, offset);
    }

    /** The source line that holds character {@code offset}, stripped. */
    String sourceLineAt(int offset) {
        return source.lines().skip(lineOf(source, offset)).findFirst().orElse("").strip();
    }

    private static int firstCodeOffset(String text) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                return i;
            }
        }
        return text.length();
    }
}
