package snapfit.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A notebook cell failed: it did not compile, threw, was interrupted or used a magic wrongly.
 *
 * <p>{@link #errorName()} is what the user should see as the kind of error: the class name of the
 * exception their code threw ({@code java.lang.IllegalStateException}), or {@code compile error},
 * {@code interrupted}, {@code unresolved reference}, {@code magic error}. {@link #trace()} is a short
 * trace in the user's terms (see {@link SnippetErrors}). The message is the whole report, one line each,
 * because Jupyter front ends and nbconvert show the message of the error; the kernel's own stack is
 * not recorded, as it would tell the user nothing.
 */
public final class CellException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String errorName;
    private final String detail;
    private final List<String> trace;

    CellException(String errorName, String detail, List<String> trace) {
        super(report(errorName, detail, trace), null, false, false);
        this.errorName = Objects.requireNonNull(errorName, "errorName");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.trace = List.copyOf(trace);
    }

    /** The exception class the user's code threw, or the kind of failure when nothing was thrown. */
    public String errorName() {
        return errorName;
    }

    /** The exception's message or the compiler's diagnostic, without the error name. */
    public String detail() {
        return detail;
    }

    /** Short trace lines, innermost first; empty for compile and magic errors. */
    public List<String> trace() {
        return trace;
    }

    /** The message as lines: {@code name: detail} (the detail may span lines), then the trace, indented. */
    public List<String> reportLines() {
        return List.of(getMessage().split("\n", -1));
    }

    private static String report(String errorName, String detail, List<String> trace) {
        List<String> lines = new ArrayList<>();
        lines.add(errorName + ": " + detail);
        trace.forEach(line -> lines.add("    " + line));
        return String.join("\n", lines);
    }
}
