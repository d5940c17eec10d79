package snapfit.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The bridge from code in a cell to the evaluator that runs it: the {@code display(Object)} method
 * defined at kernel start-up calls {@link #show(String, Object)} with its evaluator's id. JShell
 * snippets can reach the kernel only through static members, so this one registry (thread-safe) is
 * the only static state of the kernel; each evaluator registers on start and removes itself on close.
 */
public final class CellDisplay {

    private static final Map<String, Consumer<Object>> DISPLAYS = new ConcurrentHashMap<>();

    private CellDisplay() {
    }

    /**
     * Shows {@code value} below the running cell, rendered like a cell's last expression.
     *
     * @throws IllegalStateException if the evaluator {@code evaluatorId} is closed
     */
    public static void show(String evaluatorId, Object value) {
        Consumer<Object> display = DISPLAYS.get(evaluatorId);
        if (display == null) {
            throw new IllegalStateException("the notebook evaluator '" + evaluatorId + "' is closed; restart the kernel");
        }
        display.accept(value);
    }

    static void register(String evaluatorId, Consumer<Object> display) {
        if (DISPLAYS.putIfAbsent(evaluatorId, display) != null) {
            throw new IllegalStateException("an evaluator with id '" + evaluatorId + "' is already registered");
        }
    }

    static void unregister(String evaluatorId) {
        DISPLAYS.remove(evaluatorId);
    }
}
