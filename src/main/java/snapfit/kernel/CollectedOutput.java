package snapfit.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.ArrayList;
import java.util.List;

/** Keeps a cell's output in memory. Thread-safe: a cell's threads may write at the same time. */
final class CollectedOutput implements CellOutput {

    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private final List<DisplayData> displays = new ArrayList<>();

    @Override
    public synchronized void stdout(String text) {
        stdout.append(text);
    }

    @Override
    public synchronized void stderr(String text) {
        stderr.append(text);
    }

    @Override
    public synchronized void display(DisplayData data) {
        displays.add(data);
    }

    synchronized String stdout() {
        return stdout.toString();
    }

    synchronized String stderr() {
        return stderr.toString();
    }

    synchronized List<DisplayData> displays() {
        return List.copyOf(displays);
    }

    /** Forgets everything collected so far, e.g. between cells. */
    synchronized void clear() {
        stdout.setLength(0);
        stderr.setLength(0);
        displays.clear();
    }
}
