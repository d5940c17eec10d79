package snapfit.cli;

import java.io.PrintStream;

/**
 * Progress of long work on stderr: "ingest: 3/10 sheets (sheet_02)". On a terminal the line rewrites
 * itself; elsewhere (logs, CI) each step is a line of its own. Not thread-safe: report from one thread.
 */
final class ProgressLine {

    private final PrintStream err;
    private final String task;
    private final boolean terminal;
    private boolean pending;

    ProgressLine(PrintStream err, String task) {
        this.err = err;
        this.task = task;
        this.terminal = System.console() != null;
    }

    static ProgressLine onStderr(String task) {
        return new ProgressLine(System.err, task);
    }

    void step(long done, long total, String unit, String detail) {
        String line = task + ": " + done + "/" + total + " " + unit + (detail.isEmpty() ? "" : " (" + detail + ")");
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            pending = done < total;
            if (!pending) {
                err.println();
            }
        } else {
            err.println(line);
        }
    }

    /** A line of its own, after any progress line in flight. */
    void note(String message) {
        if (pending) {
            err.println();
            pending = false;
        }
        err.println(task + ": " + message);
    }
}
