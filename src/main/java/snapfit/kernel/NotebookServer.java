package snapfit.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Jupyter Notebook serving a folder, started as {@code /usr/bin/python3 -m notebook} on a free
 * local port with a token of our own, so that the URL with its token is known before the server prints
 * anything (Jupyter would otherwise pick another port when 8888 is taken). Used by {@code bin/snapfit
 * notebook} and the browser test. Not thread-safe.
 */
public final class NotebookServer implements AutoCloseable {

    /** Debian's Python, which has Debian's Jupyter packages; a pyenv {@code python3} may come first on PATH. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");

    /** The Debian package of Jupyter Notebook. */
    public static final String DEBIAN_PACKAGE = "jupyter-notebook";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final String token;

    private NotebookServer(Process process, int port, String token) {
        this.process = process;
        this.port = port;
        this.token = token;
    }

    /** Whether Debian's Python can import Jupyter Notebook. */
    public static boolean isInstalled() {
        try {
            return new ProcessBuilder(PYTHON.toString(), "-c", "import notebook").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts serving {@code folder} and waits until the port answers.
     *
     * @param environment extra environment variables, e.g. {@code JUPYTER_DATA_DIR}
     * @param inheritOutput whether the server's log goes to this process's output
     * @throws IllegalStateException if the server ends or does not answer within a minute
     */
    public static NotebookServer start(Path folder, Map<String, String> environment, boolean inheritOutput) {
        int port = freePort();
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-m", "notebook", "--no-browser",
                "--ip=127.0.0.1", "--port=" + port, "--port-retries=0", "--NotebookApp.token=" + token,
                "--notebook-dir=" + folder.toAbsolutePath().normalize()));
        if ("root".equals(System.getProperty("user.name"))) {
            // Containers and CI run as root, which Jupyter refuses unless told; it serves 127.0.0.1 only.
            command.add("--allow-root");
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (inheritOutput) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        try {
            NotebookServer server = new NotebookServer(builder.start(), port, token);
            server.awaitPort();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + PYTHON + " -m notebook; install it with: sudo apt-get"
                    + " install " + DEBIAN_PACKAGE, e);
        }
    }

    /** The address of the notebook list, with the token that logs the browser in. */
    public String url() {
        return baseUrl() + "tree?token=" + token;
    }

    /** The address of {@code notebook} (a path relative to the served folder), with the token. */
    public String notebookUrl(String notebook) {
        return baseUrl() + "notebooks/" + notebook + "?token=" + token;
    }

    /** Waits until the server ends, e.g. on Ctrl-C; returns its exit code. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    private void awaitPort() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Jupyter Notebook ended with code " + process.exitValue()
                        + " before serving; run " + PYTHON + " -m notebook to see why");
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                sleep(Duration.ofMillis(200));
            }
        }
        close();
        throw new IllegalStateException("Jupyter Notebook did not answer on port " + port + " within "
                + START_TIMEOUT.toSeconds() + " s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free local port for Jupyter Notebook", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Jupyter Notebook to start", e);
        }
    }
}
