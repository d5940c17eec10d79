package snapfit.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Evaluates notebook cells with JShell, in this JVM (see {@link CellExecutionControl}), so cell values
 * are real objects that the {@link Renderer} turns into text, HTML and PNG.
 *
 * <p>Per cell: line magics ({@link MagicCommand}) run where they stand, and a {@code %%time} first line
 * times the whole cell; the Java code is split into snippets with JShell's source analysis and evaluated
 * in order, stopping at the first one that does not compile, throws or would end the JVM ({@link SnippetErrors},
 * {@link ExitCalls}); {@code System.out}/{@code System.err} go to the
 * {@link CellOutput} meanwhile; the value of the last snippet, if it is an expression, is rendered and
 * returned (unless it ends with a semicolon, as in IPython). Start-up defines the imports of {@link #STARTUP_IMPORTS} whose packages exist, a
 * {@code display(Object)} method for output in the middle of a cell, and {@code Path projectDir}.
 *
 * <p>Not thread-safe: one thread evaluates; {@link #interrupt()} may be called from another.
 */
final class CellEvaluator implements AutoCloseable {

    /** Imported at start-up, each only if its package exists on the class path. */
    static final String STARTUP_IMPORTS = """
            import java.util.*;
            import java.nio.file.*;
            import java.awt.image.BufferedImage;
            import tech.tablesaw.api.*;
            import org.knowm.xchart.*;
            import snapfit.model.*;
            import snapfit.puzzle.*;
            import snapfit.vision.*;
            import snapfit.match.*;
            import snapfit.store.*;
            import snapfit.pipeline.*;
            import snapfit.synth.*;
            import snapfit.analysis.*;
            """;

    private final String id = UUID.randomUUID().toString();
    private final CellExecutionControl control = new CellExecutionControl();
    private final Map<String, SnippetErrors.Origin> origins = new HashMap<>();
    private final JShell shell;
    private final Renderer renderer;
    private final CellOutput output;
    private final List<String> imports;
    private final CodeAnalysis analysis;
    private final MavenArtifacts maven = new MavenArtifacts(MavenArtifacts.defaultLocalRepository());
    private int cellCount;

    /**
     * Starts JShell with {@code classpath} (jars and class folders) for compiling cells.
     *
     * @throws IllegalStateException if the start-up code does not compile
     */
    CellEvaluator(List<Path> classpath, Renderer renderer, CellOutput output) {
        System.setProperty("java.awt.headless", "true");
        this.renderer = renderer;
        this.output = output;
        this.shell = JShell.builder().executionEngine(new Provider(control), Map.of()).build();
        classpath.forEach(entry -> shell.addToClasspath(entry.toString()));
        this.analysis = new CodeAnalysis(shell.sourceCodeAnalysis());
        this.imports = STARTUP_IMPORTS.lines().filter(this::defines).toList();
        CellDisplay.register(id, value -> output.display(render(value)));
        String helpers = """
                void display(Object value) { snapfit.kernel.CellDisplay.show("%s", value); }
                Path projectDir = snapfit.kernel.KernelPaths.projectDir();
                """.formatted(id);
        helpers.lines().filter(line -> !defines(line)).findFirst().ifPresent(line -> {
            throw new IllegalStateException("kernel start-up code does not compile: " + line);
        });
    }

    /** A class path of every entry of this JVM's {@code java.class.path}. */
    static List<Path> jvmClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
    }

    /** The start-up imports that were defined, one {@code import ...;} each. */
    List<String> imports() {
        return imports;
    }

    /**
     * Runs one cell.
     *
     * @return the rendered value of the cell's last snippet if it is an expression, otherwise null
     * @throws CellException if a snippet does not compile or throws, a magic fails, or the cell is interrupted
     */
    DisplayData eval(String cell) throws CellException {
        cellCount++;
        control.allowRuns();
        SnippetValue last;
        try (StdStreams streams = StdStreams.redirectTo(output)) {
            List<CellParts.Part> parts = CellParts.split(cell);
            last = !parts.isEmpty() && parts.get(0) instanceof CellParts.CellMagic cellMagic
                    ? runCellMagic(cellMagic, parts.subList(1, parts.size()))
                    : runParts(parts);
        } finally {
            control.clearValues();
        }
        return last != null && last.value() != null ? render(last.value()) : null;
    }

    /** Completion, inspection and completeness of cells, against what this evaluator has defined so far. */
    CodeAnalysis analysis() {
        return analysis;
    }

    /** Stops the running cell, if any; its {@link #eval} then throws an {@code interrupted} error. */
    void interrupt() {
        control.stop();
    }

    @Override
    public void close() {
        CellDisplay.unregister(id);
        shell.close();
    }

    private DisplayData render(Object value) {
        return renderer.render(value);
    }

    private boolean defines(String source) {
        return shell.eval(source).stream().allMatch(event -> event.status() == Snippet.Status.VALID);
    }

    private SnippetValue runParts(List<CellParts.Part> parts) throws CellException {
        SnippetValue last = null;
        for (CellParts.Part part : parts) {
            if (part instanceof CellParts.Magic magic) {
                last = runMagic(magic);
            } else if (part instanceof CellParts.Code code) {
                last = evalCode(code);
            } else {
                throw new IllegalStateException("a cell magic can only be the first part of a cell, got " + part);
            }
        }
        return last;
    }

    private SnippetValue runCellMagic(CellParts.CellMagic cellMagic, List<CellParts.Part> body) throws CellException {
        if (!cellMagic.name().equals(MagicCommand.CELL_TIME)) {
            throw new CellException("magic error", MagicCommand.unknown("%%" + cellMagic.name()) + " (line 1)", List.of());
        }
        return timed(() -> runParts(body));
    }

    /** Code run by a magic; it may fail as a cell does. */
    @FunctionalInterface
    private interface CellStep {
        SnippetValue run() throws CellException;
    }

    /** Runs {@code step} and prints its wall time, as {@code %time} and {@code %%time} do. */
    private SnippetValue timed(CellStep step) throws CellException {
        long start = System.nanoTime();
        SnippetValue value = step.run();
        output.stdout(WallTime.line(System.nanoTime() - start));
        return value;
    }

    /** Runs a line magic; the value is that of the code {@code %time} ran, otherwise null. */
    private SnippetValue runMagic(CellParts.Magic magic) throws CellException {
        MagicCommand command = MagicCommand.named(magic.name()).orElseThrow(() -> new CellException("magic error",
                MagicCommand.unknown("%" + magic.name()) + " (line " + magic.line() + ")", List.of()));
        try {
            return switch (command) {
                case CLASSPATH, JARS -> addToClasspath(ClasspathMagic.resolve(magic.name(), magic.arguments()));
                case MAVEN -> addToClasspath(maven.resolve(magic.arguments()));
                case LOAD -> evalCode(new CellParts.Code(magic.line(), SourceFiles.read(magic.arguments())));
                case TIME -> timed(() -> evalCode(new CellParts.Code(magic.line(), magic.arguments())));
                case LSMAGIC -> {
                    output.stdout(MagicCommand.listing());
                    yield null;
                }
            };
        } catch (IllegalArgumentException e) {
            throw new CellException("magic error", e.getMessage() + " (line " + magic.line() + ")", List.of());
        }
    }

    private SnippetValue addToClasspath(List<Path> entries) {
        entries.forEach(entry -> shell.addToClasspath(entry.toString()));
        return null;
    }

    /** The value of an expression snippet; {@code value} may be null. */
    private record SnippetValue(Object value) {
    }

    private SnippetValue evalCode(CellParts.Code code) throws CellException {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String source = code.source();
        int consumed = 0;
        SnippetValue last = null;
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(source.substring(consumed));
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                return last;
            }
            if (!info.completeness().isComplete()) {
                SnippetSource rest = SnippetSource.in(source, consumed, code.firstLine(), source.substring(consumed));
                throw new CellException("compile error", "incomplete code from line " + rest.codeLine() + ": "
                        + rest.sourceLineAt(rest.source().length() - rest.source().stripLeading().length())
                        + " (a missing ';', ')' or '}'?)", List.of());
            }
            SnippetSource snippet = SnippetSource.in(source, consumed, code.firstLine(), info.source());
            // As in IPython, a final semicolon keeps a value from being shown: "list.add(x);" shows nothing.
            int end = source.length() - info.remaining().length();
            last = evalSnippet(snippet, !source.substring(consumed, end).strip().endsWith(";"));
            consumed = end;
        }
    }

    private SnippetValue evalSnippet(SnippetSource snippet, boolean showValue) throws CellException {
        SnippetValue value = null;
        for (SnippetEvent event : shell.eval(snippet.source())) {
            if (event.causeSnippet() != null) {
                continue;
            }
            origins.put(event.snippet().id(), new SnippetErrors.Origin(cellCount, snippet));
            Optional<String> refusal = control.takeRefusal();
            if (refusal.isPresent()) {
                shell.drop(event.snippet());
                throw new CellException("refused", refusal.get() + " (line " + snippet.codeLine() + ")", List.of());
            }
            if (control.isStopRequested()) {
                throw new CellException("interrupted", "the cell was interrupted at line " + snippet.codeLine(), List.of());
            }
            SnippetErrors.check(shell, event, snippet, origins);
            value = showValue && isExpression(event.snippet()) ? new SnippetValue(control.takeValue(event.value())) : null;
        }
        return value;
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    /** Hands JShell the one in-process execution control this evaluator interrupts. */
    private record Provider(CellExecutionControl control) implements ExecutionControlProvider {

        @Override
        public String name() {
            return "snapfit-in-process";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return control;
        }
    }
}
