package snapfit.kernel;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * What a front end asks about a cell before running it, answered by JShell's own source analysis over
 * the evaluator's class path: completions at the cursor (Tab), the signature and Javadoc of what the cursor
 * is on (Shift-Tab; Javadoc where the sources are installed, e.g. the JDK's {@code lib/src.zip}), and whether the cell is complete (a console's Enter). Magic lines are blanked out
 * first, keeping every offset, and only the snippet the cursor is in is analysed, because JShell analyses
 * one snippet at a time. Offsets are {@code char} indices into the cell. Not thread-safe: JShell's analysis
 * is used from the kernel's one shell thread.
 */
final class CodeAnalysis {

    /** Jupyter's {@code is_complete} answers; any other answer is the indent of the next line. */
    static final String COMPLETE = "complete";
    static final String INVALID = "invalid";
    static final String INCOMPLETE_INDENT = "    ";

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|linkplain|literal) ([^}]*)}");

    private final SourceCodeAnalysis analysis;

    CodeAnalysis(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Text that may replace the cell's characters {@code [from, cursor)}. */
    record Completions(List<String> replacements, int from, int cursor) {
        Completions {
            replacements = List.copyOf(replacements);
        }
    }

    /** Completions at {@code cursor}, types that fit the context first; none on a magic line. */
    Completions complete(String cell, int cursor) {
        if (CellParts.isMagicLine(cell, cursor)) {
            return new Completions(List.of(), cursor, cursor);
        }
        String code = CellParts.withoutMagics(cell).substring(0, cursor);
        int start = snippetStart(code);
        int[] anchor = new int[1];
        List<String> replacements = analysis.completionSuggestions(code.substring(start), cursor - start, anchor).stream()
                .sorted((a, b) -> Boolean.compare(b.matchesType(), a.matchesType()))
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                .toList();
        return new Completions(replacements, start + anchor[0], cursor);
    }

    /**
     * The signatures and Javadoc of the element the cursor is on or in (for a call, the method called), one
     * block per overload; empty if there is none.
     */
    String inspect(String cell, int cursor) {
        String code = CellParts.withoutMagics(cell);
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        String prefix = code.substring(0, end);
        int start = snippetStart(prefix);
        String snippet = prefix.substring(start);
        List<SourceCodeAnalysis.Documentation> found = analysis.documentation(snippet, snippet.length(), true);
        if (found.isEmpty()) {
            // On a method name rather than in its arguments: ask as if the call had been opened.
            found = analysis.documentation(snippet + "(", snippet.length() + 1, true);
        }
        return found.stream()
                .map(doc -> doc.javadoc() == null || doc.javadoc().isBlank()
                        ? doc.signature() : doc.signature() + "\n\n" + plainText(doc.javadoc()))
                .collect(Collectors.joining("\n\n"));
    }

    /** Javadoc as a front end's plain-text pager shows it best: without HTML tags, {@code {@code x}} as {@code x}. */
    static String plainText(String javadoc) {
        return INLINE_TAG.matcher(HTML_TAG.matcher(javadoc).replaceAll("")).replaceAll("$1").strip();
    }

    /**
     * {@link #COMPLETE} if every snippet of the cell is complete (a missing final semicolon is fine),
     * {@link #INVALID} if one cannot be completed by more input, otherwise the indent for the next line.
     */
    String isComplete(String cell) {
        String code = CellParts.withoutMagics(cell);
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(code);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.UNKNOWN) {
                return INVALID;
            }
            if (!completeness.isComplete()) {
                return INCOMPLETE_INDENT;
            }
            if (completeness == Completeness.EMPTY || info.remaining().isBlank()) {
                return COMPLETE;
            }
            code = info.remaining();
        }
    }

    /** Where the last snippet of {@code code} starts: the one an edit at its end belongs to. */
    private int snippetStart(String code) {
        int start = 0;
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(code.substring(start));
            if (!info.completeness().isComplete() || info.remaining().isBlank()) {
                return start;
            }
            start = code.length() - info.remaining().length();
        }
    }
}
