package snapfit.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Sends {@code System.out} and {@code System.err} to a {@link CellOutput} while a cell runs and puts
 * the previous streams back on {@link #close()}. The streams are global to the JVM, so threads a cell
 * starts are captured too. Text is passed on per line, and the rest when the cell ends.
 */
final class StdStreams implements AutoCloseable {

    private final PrintStream previousOut = System.out;
    private final PrintStream previousErr = System.err;
    private final PrintStream out;
    private final PrintStream err;

    private StdStreams(CellOutput output) {
        out = new PrintStream(new TextSink(output::stdout), true, StandardCharsets.UTF_8);
        err = new PrintStream(new TextSink(output::stderr), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
    }

    /** Redirects the standard streams to {@code output} until the result is closed. */
    static StdStreams redirectTo(CellOutput output) {
        return new StdStreams(output);
    }

    @Override
    public void close() {
        out.flush();
        err.flush();
        System.setOut(previousOut);
        System.setErr(previousErr);
    }

    /** Buffers bytes and hands them on as UTF-8 text when flushed (on each line, and at the end). */
    private static final class TextSink extends OutputStream {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final Consumer<String> target;

        TextSink(Consumer<String> target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            buffer.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            buffer.write(bytes, offset, length);
        }

        @Override
        public synchronized void flush() {
            if (buffer.size() > 0) {
                target.accept(buffer.toString(StandardCharsets.UTF_8));
                buffer.reset();
            }
        }
    }
}
