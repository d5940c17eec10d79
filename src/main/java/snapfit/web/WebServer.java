package snapfit.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import snapfit.model.InputFileException;
import snapfit.model.SnapfitException;
import snapfit.store.MatchStore;

/**
 * {@code snapfit serve}: the HTTP API ({@link ApiRoutes}) and the web pages ({@link WebPages}) over one cache
 * folder, on Javalin (Jetty). Every request runs on a store lent by a {@link StorePool}; GET bodies are kept in a
 * {@link ResponseCache} per store generation and sent with an ETag. Every failure becomes a JSON
 * {@code {"error", "fix"}} here, in one place; no stack trace reaches a client. Thread-safe.
 */
public final class WebServer implements AutoCloseable {

    /** Stores lent at once: SQLite reads in parallel, and two cores gain nothing from more. */
    private static final int STORES = 8;
    private static final long CACHED_BYTES = 64L << 20;
    /**
     * Jetty's threads. A kept answer costs microseconds, so threads well beyond the cores only queue at the scheduler,
     * and too few starve Jetty's own selector and acceptor. `bench serve` (4.5M matches, 32 clients, 2 cores, idle
     * machine), p99: 13.3-18.9 ms with Jetty's default of 200 (3 runs), 7.7-10.4 ms with 16 (8 runs), 8.4-20.2 ms
     * with 12 (3), 8.0-12.7 ms with 8 (6), 29.6-31.5 ms with 4 (3).
     */
    private static final int REQUEST_THREADS = 16;

    private final StorePool pool;
    private final ResponseCache cache = new ResponseCache(CACHED_BYTES);
    private final Javalin app;

    private WebServer(ServeOptions options) {
        // SQLite's native library loads while Javalin's classes do: start-up takes the longer of the two, not both.
        CompletableFuture<StorePool> opening = CompletableFuture.supplyAsync(
                () -> new StorePool(options.cacheDir(), STORES));
        CacheImages images = new CacheImages(options.cacheDir(), new SheetPhotos(options.dataRoot()));
        SolutionFiles solution = new SolutionFiles(options.cacheDir());
        List<Route> routes = new ArrayList<>(ApiRoutes.table(images, solution));
        routes.addAll(WebPages.table(solution));
        routes.add(OpenApiDocument.route(routes));
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            // Loopback gains nothing from compressing, and a 12 MP photo's overlay is a PNG already.
            config.http.disableCompression();
            config.jetty.threadPool = new QueuedThreadPool(REQUEST_THREADS, 4);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        });
        for (Route route : routes) {
            app.addHttpHandler(route.method(), route.path(), context -> serve(route, context));
        }
        app.exception(ApiError.class, (error, context) -> fail(context, error.status(), error.getMessage(), error.fix()));
        app.exception(HttpResponseException.class, (error, context) -> fail(context, error.getStatus(),
                "no route " + context.method() + " " + context.path(), "see GET /api/openapi.json for the routes"));
        app.exception(IllegalArgumentException.class, (error, context) -> fail(context, 400, error.getMessage(),
                "correct the request; see GET /api/openapi.json"));
        app.exception(InputFileException.class, (error, context) -> fail(context, 503, error.getMessage(),
                "retry when the cache is free (`snapfit match` or `ingest` may be writing it)"));
        app.exception(Exception.class, (error, context) -> fail(context, 500, failureOf(error),
                "report it with the request; the server keeps running"));
        try {
            pool = opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Opens the cache folder and starts listening; refuses a folder that is not a cache, or a port in use. */
    public static WebServer start(ServeOptions options) {
        WebServer server = new WebServer(options);
        try {
            server.app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            server.pool.close();
            throw new SnapfitException("cannot listen on " + options.host() + ":" + options.port() + " ("
                    + e.getMessage() + "); choose another --port or --host", e);
        }
        return server;
    }

    /** The port listened on (the one picked when asked for 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        pool.close();
    }

    private void serve(Route route, Context context) {
        RequestParams params = RequestParams.of(context, route.parameterNames());
        Body body;
        if (route.writes()) {
            body = pool.write(store -> route.action().respond(params, store));
        } else if (route.cacheable()) {
            String request = context.path() + "?" + context.queryString();
            body = pool.read((store, generation) -> cache.get(request, generation,
                    () -> route.action().respond(params, store)));
        } else {
            body = pool.read((MatchStore store, long generation) -> route.action().respond(params, store));
        }
        context.header("Cache-Control", "no-cache");
        context.header("ETag", body.etag());
        if (!route.writes() && body.etag().equals(context.header("If-None-Match"))) {
            context.status(304);
            return;
        }
        // Written to Jetty at once, with its length: Javalin's result() would copy it through a new 8 KiB buffer
        // per request (the server's largest cost on a kept answer), and Jetty would then send it chunked.
        context.contentType(body.contentType());
        context.res().setContentLength(body.bytes().length);
        try {
            context.res().getOutputStream().write(body.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the client of " + context.path() + " went away", e);
        }
    }

    private static void fail(Context context, int status, String error, String fix) {
        context.status(status).contentType(Body.JSON).result(JsonBodies.bytes(new JsonBodies.ErrorBody(error, fix)));
    }

    private static String failureOf(Exception error) {
        return error instanceof SnapfitException ? error.getMessage()
                : "internal error " + error.getClass().getSimpleName() + ": " + error.getMessage();
    }
}
