package snapfit.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import snapfit.web.ServeOptions;
import snapfit.web.WebServer;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a cache over HTTP: the JSON API under /api/ (described at /api/openapi.json) and web pages"
                + " of sheets, pieces, matches and the solution.", "Stops cleanly on Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CacheOption cache;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServeOptions.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
    String host = ServeOptions.LOOPBACK;

    @Option(names = "--data-root", paramLabel = "DIR",
            description = "Folder that img_path in metadata.json is relative to (default: the cache folder's parent).")
    Path dataRoot;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ServeOptions options = ServeOptions.defaultsFor(cache.dir).withHost(host).withPort(port);
        if (dataRoot != null) {
            options = options.withDataRoot(dataRoot);
        }
        WebServer server = WebServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("serve: stopped");
            out.flush();
            stopped.countDown();
        }, "snapfit-serve-stop"));
        out.printf("serving %s at http://%s:%d/ (started in %.1f s)%n", cache.dir, host, server.port(),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        out.println(options.loopbackOnly() ? "listening on " + host + " only: other machines cannot connect"
                + " (--host 0.0.0.0 opens it to the network)" : "listening on " + host + ": other machines can connect");
        out.println("press Ctrl-C to stop");
        out.flush();
        // The exports' check reads every contour file's headers: done while the first requests are served.
        cache.checkedOnOpen(spec.commandLine().getErr(), "serve");
        spec.commandLine().getErr().flush();
        stopped.await();
        return 0;
    }
}
