package snapfit.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns a failed JShell snippet into a {@link CellException} in the user's terms: the exception class
 * their code threw (not JShell's {@code EvalException}), compiler diagnostics with the cell line and its
 * source, and a short trace whose snippet frames read {@code at line 3 of cell [2]} (the cell's
 * execution number, Jupyter's {@code In [2]}) and whose JShell and reflection frames are left out.
 */
final class SnippetErrors {

    /** Library frames kept above the innermost cell frame, so a deep library failure stays readable. */
    static final int MAX_LIBRARY_FRAMES = 12;

    /** JShell names the file of a snippet frame {@code #id}. */
    private static final String SNIPPET_FILE_PREFIX = "#";

    /** The diagnostic line naming JShell's nameless wrapper class, which tells the user nothing. */
    private static final Pattern WRAPPER_LOCATION = Pattern.compile("(?m)^[ \\t]*location: class[ \\t]*(\\R|$)");

    /** JShell's wrapper class names, as they appear in messages such as those of NullPointerException. */
    private static final Pattern WRAPPER_NAME = Pattern.compile("REPL\\.\\$JShell\\$\\w+\\.");

    /** Where a snippet came from: the execution number of its cell and its lines there. */
    record Origin(int cell, SnippetSource snippet) {
        Origin {
            if (cell < 1) {
                throw new IllegalArgumentException("cell must be >= 1, got " + cell);
            }
        }
    }

    private SnippetErrors() {
    }

    /**
     * Throws if the snippet of {@code event} was rejected by the compiler or threw.
     *
     * @param origins where every snippet evaluated so far came from, by snippet id
     */
    static void check(JShell shell, SnippetEvent event, SnippetSource snippet, Map<String, Origin> origins)
            throws CellException {
        if (event.status() == Snippet.Status.REJECTED) {
            throw compileError(shell, event.snippet(), snippet);
        }
        JShellException thrown = event.exception();
        if (thrown instanceof EvalException evalException) {
            throw new CellException(evalException.getExceptionClassName(), messageOf(evalException),
                    trace(evalException, origins));
        }
        if (thrown instanceof UnresolvedReferenceException unresolved) {
            String missing = shell.unresolvedDependencies(unresolved.getSnippet()).collect(Collectors.joining(", "));
            throw new CellException("unresolved reference", "'" + unresolved.getSnippet().source().strip().lines()
                    .findFirst().orElse("") + "' uses " + missing + ", which is not defined (line "
                    + snippet.codeLine() + ")", List.of());
        }
    }

    private static CellException compileError(JShell shell, Snippet rejected, SnippetSource snippet) {
        List<String> problems = new ArrayList<>();
        shell.diagnostics(rejected).filter(Diag::isError).forEach(diag -> {
            int offset = (int) Math.max(0, diag.getStartPosition());
            String message = WRAPPER_LOCATION.matcher(diag.getMessage(Locale.ROOT)).replaceAll("").stripTrailing();
            problems.add(message + "\n  at line " + snippet.cellLineOf(offset) + ": "
                    + snippet.sourceLineAt(offset));
        });
        if (problems.isEmpty()) {
            problems.add("JShell rejected the code at line " + snippet.codeLine() + ": " + snippet.source().strip());
        }
        return new CellException("compile error", String.join("\n", problems), List.of());
    }

    private static String messageOf(Throwable exception) {
        return exception.getMessage() == null ? "" : WRAPPER_NAME.matcher(exception.getMessage()).replaceAll("");
    }

    private static List<String> trace(EvalException exception, Map<String, Origin> origins) {
        StackTraceElement[] frames = exception.getStackTrace();
        int first = -1;
        int last = -1;
        for (int i = 0; i < frames.length; i++) {
            if (isSnippetFrame(frames[i])) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        int end = last >= 0 ? last + 1 : frames.length;
        int start = Math.max(0, (first >= 0 ? first : end) - MAX_LIBRARY_FRAMES);
        List<String> lines = new ArrayList<>();
        if (start > 0) {
            lines.add("... " + start + " more library frames");
        }
        for (int i = start; i < end; i++) {
            lines.add(describe(frames[i], origins));
        }
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            String className = cause instanceof EvalException evalCause
                    ? evalCause.getExceptionClassName() : cause.getClass().getName();
            lines.add("caused by " + className + ": " + messageOf(cause));
        }
        return lines;
    }

    private static boolean isSnippetFrame(StackTraceElement frame) {
        return frame.getFileName() != null && frame.getFileName().startsWith(SNIPPET_FILE_PREFIX);
    }

    private static String describe(StackTraceElement frame, Map<String, Origin> origins) {
        if (!isSnippetFrame(frame)) {
            return "at " + frame;
        }
        Origin origin = origins.get(frame.getFileName().substring(SNIPPET_FILE_PREFIX.length()));
        String method = frame.getMethodName();
        boolean statement = method.isEmpty() || method.contains("do_it$");
        if (origin == null) {
            return "at snippet " + frame.getFileName() + (statement ? "" : " in " + method);
        }
        int line = statement || frame.getLineNumber() < 1
                ? origin.snippet().codeLine()
                : origin.snippet().startLine() + frame.getLineNumber() - 1;
        return "at line " + line + " of cell [" + origin.cell() + "]" + (statement ? "" : " in " + method);
    }
}
