package snapfit.web;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 description of every {@code /api/} route, built from the same {@link Route} table that the
 * server registers, so that it cannot leave a route out or describe one that is not there.
 */
final class OpenApiDocument {

    static final String PATH = "/api/openapi.json";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z_]+)}");

    private OpenApiDocument() {
    }

    /** The route that serves the description of {@code routes} and of itself. */
    static Route route(List<Route> routes) {
        List<Route> described = new ArrayList<>(routes);
        Route self = new Route(HandlerType.GET, PATH, "this OpenAPI description", List.of(), Body.JSON,
                (params, store) -> JsonBodies.of(describe(described)));
        described.add(self);
        return self;
    }

    static Map<String, Object> describe(List<Route> routes) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route route : routes) {
            if (!route.path().startsWith("/api/")) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> operations = (Map<String, Object>) paths.computeIfAbsent(route.path(),
                    path -> new LinkedHashMap<String, Object>());
            operations.put(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "snap-fit", "version", "1",
                "description", "Sheets, pieces and scored edge pairs of one snap-fit cache folder. Records are the"
                        + " JSON of metadata.json and matches.json; a page is {items, total, limit, offset}; an"
                        + " error is {error, fix}."));
        document.put("paths", paths);
        return document;
    }

    private static Map<String, Object> operation(Route route) {
        List<Object> parameters = new ArrayList<>();
        Matcher pathParameter = PATH_PARAMETER.matcher(route.path());
        while (pathParameter.find()) {
            parameters.add(parameter(pathParameter.group(1), "path", "string", "an id in its string form", true));
        }
        for (QueryParameter query : route.parameters()) {
            boolean required = query == QueryParameter.A || query == QueryParameter.B;
            parameters.add(parameter(query.text(), "query", query.type(), query.description(), required));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", route.summary(), "content", Map.of(route.produces(), Map.of())));
        responses.put("400", error("malformed id, parameter or body"));
        responses.put("404", error("unknown id, or nothing there yet"));
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("summary", route.summary());
        operation.put("parameters", parameters);
        if (route.method() == HandlerType.PUT) {
            operation.put("requestBody", Map.of("required", true, "content", Map.of(Body.JSON, Map.of("schema",
                    Map.of("type", "object", "required", List.of("similarity_manual"),
                            "properties", Map.of("similarity_manual", Map.of("type", "number", "minimum", 0)))))));
        }
        operation.put("responses", responses);
        return operation;
    }

    private static Map<String, Object> parameter(String name, String in, String type, String description,
            boolean required) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", in);
        parameter.put("required", required);
        parameter.put("description", description);
        parameter.put("schema", Map.of("type", type));
        return parameter;
    }

    private static Map<String, Object> error(String description) {
        return Map.of("description", description, "content", Map.of(Body.JSON, Map.of("schema", Map.of("type",
                "object", "required", List.of("error", "fix"), "properties", Map.of("error", Map.of("type", "string"),
                        "fix", Map.of("type", "string"))))));
    }
}
