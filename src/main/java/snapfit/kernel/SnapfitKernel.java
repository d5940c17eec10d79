package snapfit.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * The snap-fit Jupyter kernel: Java cells evaluated by JShell inside this JVM ({@link CellEvaluator}),
 * with the project's jars on the class path, Tablesaw tables shown as HTML and XChart charts and
 * images as PNG. Started by Jupyter as {@code java -cp 'lib/*' snapfit.kernel.SnapfitKernel
 * CONNECTION_FILE} (see {@link KernelInstaller}). An interrupt, sent as a message
 * ({@code interrupt_mode: message}) or as SIGINT, stops the running cell and keeps the kernel.
 */
public final class SnapfitKernel extends BaseKernel {

    private final CellEvaluator evaluator;

    /** A kernel whose cells compile against {@code classpath} (jars and class folders). */
    public SnapfitKernel(List<Path> classpath) {
        // The evaluator sends System.out/err to the front end itself, per cell.
        setShouldReplaceStdStreams(false);
        this.renderer = DisplayRenderers.create();
        this.evaluator = new CellEvaluator(classpath, renderer, new FrontEndOutput());
    }

    /**
     * Serves the Jupyter connection described by the file {@code args[0]} until the front end shuts the
     * kernel down.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: java -cp 'lib/*' snapfit.kernel.SnapfitKernel CONNECTION_FILE");
        }
        System.setProperty("java.awt.headless", "true");
        // The base kernel logs every message at INFO to stderr, which Jupyter shows as noise.
        Logger.getLogger("").setLevel(Level.WARNING);
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        SnapfitKernel kernel = new SnapfitKernel(CellEvaluator.jvmClasspath());
        Signal.handle(new Signal("INT"), signal -> kernel.interrupt());
        JupyterConnection connection = new JupyterConnection(properties);
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }

    @Override
    public DisplayData eval(String code) throws CellException {
        return evaluator.eval(code);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        CodeAnalysis.Completions completions = evaluator.analysis().complete(code, at);
        return new ReplacementOptions(completions.replacements(), completions.from(), completions.cursor());
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        String documentation = evaluator.analysis().inspect(code, at);
        return documentation.isEmpty() ? null : new DisplayData(documentation);
    }

    @Override
    public String isComplete(String code) {
        return evaluator.analysis().isComplete(code);
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo.Builder("Java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    @Override
    public String getBanner() {
        return "Java " + Runtime.version() + " (snap-fit)";
    }

    @Override
    public List<String> formatError(Exception e) {
        if (e instanceof CellException cellException) {
            return cellException.reportLines().stream().map(errorStyler::secondary).toList();
        }
        // Anything else is the kernel's own failure; its stack would tell the user nothing.
        return List.of(errorStyler.secondary(e.getClass().getName() + ": " + e.getMessage()));
    }

    @Override
    public void interrupt() {
        evaluator.interrupt();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        evaluator.close();
    }

    /** Sends a cell's output to the front end through the base kernel's streams. */
    private final class FrontEndOutput implements CellOutput {

        @Override
        public void stdout(String text) {
            getIO().out.print(text);
            getIO().out.flush();
        }

        @Override
        public void stderr(String text) {
            getIO().err.print(text);
            getIO().err.flush();
        }

        @Override
        public void display(DisplayData data) {
            SnapfitKernel.this.display(data);
        }
    }
}
