package snapfit.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where {@code snapfit serve} reads and listens.
 *
 * @param cacheDir the cache folder that {@code snapfit ingest} wrote
 * @param dataRoot the folder the sheets' {@code img_path} is relative to; the cache's parent by default, as
 *                 {@code ingest} chooses when the photos and the cache lie side by side
 * @param host     the address to listen on; {@value #LOOPBACK} (this machine only) by default
 * @param port     the TCP port, 0 to 65535; 0 picks a free one
 */
public record ServeOptions(Path cacheDir, Path dataRoot, String host, int port) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServeOptions {
        cacheDir = cacheDir.toAbsolutePath().normalize();
        dataRoot = dataRoot.toAbsolutePath().normalize();
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0 to 65535; choose a free port such as "
                    + DEFAULT_PORT);
        }
    }

    /** Loopback, port {@value #DEFAULT_PORT}, the cache's parent as the data root. */
    public static ServeOptions defaultsFor(Path cacheDir) {
        Path absolute = cacheDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return new ServeOptions(absolute, parent == null ? absolute : parent, LOOPBACK, DEFAULT_PORT);
    }

    public ServeOptions withDataRoot(Path newDataRoot) {
        return new ServeOptions(cacheDir, newDataRoot, host, port);
    }

    public ServeOptions withHost(String newHost) {
        return new ServeOptions(cacheDir, dataRoot, newHost, port);
    }

    public ServeOptions withPort(int newPort) {
        return new ServeOptions(cacheDir, dataRoot, host, newPort);
    }

    /** Whether only this machine can connect. */
    public boolean loopbackOnly() {
        return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1");
    }
}
