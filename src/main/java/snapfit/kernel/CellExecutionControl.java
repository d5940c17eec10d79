package snapfit.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs JShell snippets inside the kernel's own JVM, so that cells and the kernel share real objects.
 *
 * <p>Each snippet runs on a fresh daemon thread that the caller joins, so {@link #stop()} (called from
 * another thread on an interrupt) can end it and keep the cell's later snippets from starting: first {@link Thread#interrupt()}, which ends sleeps,
 * waits and interruptible I/O, and after {@link #STOP_GRACE_MILLIS} {@link Thread#stop()}, which also
 * ends busy loops ({@code Thread.stop} still works on Java 17; it throws from Java 20 on).
 *
 * <p>The value of a snippet is kept as an object: {@link #invoke(Method)} stores it under a fresh key
 * and hands the key to JShell as the snippet's "value string"; {@link #takeValue(String)} turns the
 * key from the {@code SnippetEvent} back into the object. Not thread-safe except {@link #stop()}:
 * one evaluator drives it.
 */
final class CellExecutionControl extends DirectExecutionControl {

    /** How long an interrupted snippet may take to end by itself before it is stopped, in ms. */
    static final long STOP_GRACE_MILLIS = 1_000;

    private static final String KEY_PREFIX = "snapfit-value-";

    private final AtomicLong nextKey = new AtomicLong();
    private final Map<String, Object> values = new HashMap<>();
    private String refusal;
    private volatile Thread running;
    private volatile boolean stopRequested;

    /**
     * Refuses snippets that would end the kernel's JVM ({@link ExitCalls}): their classes are not loaded,
     * and {@link #takeRefusal()} tells the evaluator why, as JShell itself reports nothing then.
     */
    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        for (ClassBytecodes compiled : classes) {
            Optional<String> exit = ExitCalls.in(compiled.bytecodes());
            if (exit.isPresent()) {
                refusal = exit.get() + " would end the kernel, so the code was not run;"
                        + " stop or restart the kernel from Jupyter's Kernel menu instead";
                throw new ClassInstallException(refusal, new boolean[classes.length]);
            }
        }
        super.load(classes);
    }

    /** Why the last snippet's classes were refused, once; empty if they were not. */
    Optional<String> takeRefusal() {
        Optional<String> taken = Optional.ofNullable(refusal);
        refusal = null;
        return taken;
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread snippet = new Thread(() -> {
            try {
                result[0] = doitMethod.invoke(null);
            } catch (InvocationTargetException | ThreadDeath e) {
                failure[0] = e;
            } catch (Throwable e) {
                failure[0] = new InvocationTargetException(e);
            }
        }, "snapfit-cell");
        snippet.setDaemon(true);
        // Publish the thread before checking the flag, so a concurrent stop() sees one or the other.
        running = snippet;
        try {
            if (!stopRequested) {
                snippet.start();
                snippet.join();
            }
        } finally {
            running = null;
        }
        if (stopRequested || failure[0] instanceof ThreadDeath
                || failure[0] instanceof InvocationTargetException wrapped && wrapped.getCause() instanceof ThreadDeath) {
            throw new StoppedException();
        }
        if (failure[0] != null) {
            throw (InvocationTargetException) failure[0];
        }
        String key = KEY_PREFIX + nextKey.incrementAndGet();
        values.put(key, result[0]);
        return key;
    }

    /**
     * The object a snippet evaluated to, given the value string JShell reported for it; removes it.
     *
     * @throws IllegalStateException if the key was not made by this control or was already taken
     */
    Object takeValue(String key) {
        if (key == null || !values.containsKey(key)) {
            throw new IllegalStateException("no snippet value is stored under '" + key + "'");
        }
        return values.remove(key);
    }

    /** Forgets the values of the snippets that were not asked for, so they can be collected. */
    void clearValues() {
        values.clear();
    }

    /** Lets snippets run again after a {@link #stop()}; called when a cell starts. */
    void allowRuns() {
        stopRequested = false;
    }

    /** Whether {@link #stop()} was called since the last {@link #allowRuns()}. */
    boolean isStopRequested() {
        return stopRequested;
    }

    /**
     * Stops the running snippet and keeps further snippets from running until {@link #allowRuns()}:
     * interrupts it, and stops its thread if it has not ended after the grace time.
     */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    public void stop() {
        stopRequested = true;
        Thread snippet = running;
        if (snippet == null) {
            return;
        }
        snippet.interrupt();
        try {
            snippet.join(STOP_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A thread not started yet is stopped too: Thread.stop makes it end as soon as it starts.
        if (snippet.getState() != Thread.State.TERMINATED) {
            snippet.stop();
        }
    }
}
