package snapfit.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import snapfit.model.MatchResult;
import snapfit.model.SegmentId;
import snapfit.store.Json;

/** A client of one test server: requests by path, answers with status, headers and body. */
record Http(int port) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer. */
    record Answer(int status, HttpResponse<byte[]> response) {

        byte[] body() {
            return response.body();
        }

        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return Json.mapper().readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }
    }

    /** The partner of {@code segment} in its match at {@code rank} (0 = best), as the API ranks them. */
    String partnerOf(String segment, int rank) {
        JsonNode match = get("/api/segments/" + segment + "/matches?limit=" + (rank + 1)).json().get("items").get(rank);
        try {
            return Json.reader().forType(MatchResult.class).<MatchResult>readValue(match)
                    .partnerOf(SegmentId.parse(segment)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    Answer getIfNoneMatch(String pathAndQuery, String etag) {
        return send(request(pathAndQuery).header("If-None-Match", etag).GET().build());
    }

    Answer put(String pathAndQuery, String body) {
        return send(request(pathAndQuery).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Answer delete(String pathAndQuery) {
        return send(request(pathAndQuery).DELETE().build());
    }

    /** Any method, for the routes that do not take it. */
    Answer send(String method, String pathAndQuery) {
        return send(request(pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30));
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
