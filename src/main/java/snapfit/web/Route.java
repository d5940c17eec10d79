package snapfit.web;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import snapfit.store.MatchStore;

/**
 * One route of the server: what it answers, the query parameters it takes, and the action that makes its body.
 *
 * @param method     GET, PUT or DELETE
 * @param path       Javalin's form, {@code {name}} for a path parameter
 * @param summary    one line for the OpenAPI document
 * @param parameters the query parameters it accepts; any other is a 400
 * @param produces   the body's content type
 * @param action     makes the body from the parsed request and a lent store
 */
record Route(HandlerType method, String path, String summary, List<QueryParameter> parameters, String produces,
        Action action) {

    /** Makes a response body. */
    @FunctionalInterface
    interface Action {
        Body respond(RequestParams params, MatchStore store);
    }

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(action, "action of " + path);
    }

    Set<String> parameterNames() {
        return parameters.stream().map(QueryParameter::text).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the route changes the store; such a route runs with {@link StorePool#write}. */
    boolean writes() {
        return method != HandlerType.GET;
    }

    /** Whether its body depends only on the store, so that {@link ResponseCache} may keep it per generation. */
    boolean cacheable() {
        return !writes() && !path.startsWith("/api/solution") && !path.equals("/solution");
    }
}
