package snapfit.web;

import io.javalin.http.Context;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import snapfit.model.PieceId;
import snapfit.model.PieceType;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.store.Json;

/**
 * A request's path and query parameters as typed values. Anything malformed, a parameter the route does not
 * know or one given twice is an {@link ApiError#badRequest} naming it and what is expected.
 */
final class RequestParams {

    private final Context context;

    private RequestParams(Context context) {
        this.context = context;
    }

    /** The parameters of {@code context}, after checking that every query parameter is one of {@code known}. */
    static RequestParams of(Context context, Set<String> known) {
        for (Map.Entry<String, List<String>> parameter : context.queryParamMap().entrySet()) {
            if (!known.contains(parameter.getKey())) {
                throw ApiError.badRequest("unknown query parameter '" + parameter.getKey() + "'",
                        known.isEmpty() ? "this route takes no query parameters"
                                : "use only " + String.join(", ", new TreeSet<>(known)));
            }
            if (parameter.getValue().size() > 1) {
                throw ApiError.badRequest("query parameter '" + parameter.getKey() + "' is given "
                        + parameter.getValue().size() + " times", "give it once");
            }
        }
        return new RequestParams(context);
    }

    PieceId pieceId(String pathParam) {
        String text = context.pathParam(pathParam);
        try {
            return PieceId.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage(), "write a piece id as sheet_id:index, e.g. back_03:2");
        }
    }

    SegmentId segmentId(String pathParam) {
        return parseSegment(context.pathParam(pathParam), pathParam);
    }

    private static SegmentId parseSegment(String text, String name) {
        try {
            return SegmentId.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(name + ": " + e.getMessage(),
                    "write a segment id as sheet_id:index:edge, e.g. back_03:2:left");
        }
    }

    String pathText(String pathParam) {
        return context.pathParam(pathParam);
    }

    /** A required query parameter holding a segment id. */
    SegmentId segmentQuery(String name) {
        String text = context.queryParam(name);
        if (text == null || text.isEmpty()) {
            throw ApiError.badRequest("query parameter '" + name + "' is missing",
                    "add " + name + "=SEGMENT, e.g. " + name + "=back_03:2:left");
        }
        return parseSegment(text, name);
    }

    /** The request body, a JSON object read strictly into {@code type}. */
    <T> T body(Class<T> type, String example) {
        try {
            return Json.reader().forType(type).readValue(context.bodyAsBytes());
        } catch (IOException e) {
            String problem = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw ApiError.badRequest("the request body is not what this route takes: " + problem.lines().findFirst()
                    .orElse(problem), "send a JSON body such as " + example);
        }
    }

    Paging paging() {
        int limit = wholeNumber("limit", Paging.DEFAULT_LIMIT);
        int offset = wholeNumber("offset", 0);
        if (limit > Paging.MAX_LIMIT) {
            throw ApiError.badRequest("limit " + limit + " is above the maximum of " + Paging.MAX_LIMIT,
                    "ask for at most " + Paging.MAX_LIMIT + " records and page on with offset");
        }
        return new Paging(limit, offset);
    }

    /** The 1-based {@code page} of a web page's list; 1 when not given. */
    int pageNumber() {
        int page = wholeNumber("page", 1);
        if (page < 1) {
            throw ApiError.badRequest("page 0 does not exist", "pages are numbered from 1");
        }
        return page;
    }

    /** {@code max_similarity}, or null when not given. */
    Float maxSimilarity() {
        String text = context.queryParam("max_similarity");
        if (text == null) {
            return null;
        }
        float value;
        try {
            value = Float.parseFloat(text);
        } catch (NumberFormatException e) {
            value = Float.NaN;
        }
        if (!(value >= 0 && Float.isFinite(value))) {
            throw ApiError.badRequest("max_similarity '" + text + "' is not a finite number of 0 or more",
                    "give a similarity such as max_similarity=0.5 (lower is a better fit)");
        }
        return value;
    }

    /** The piece filter of {@code type}, {@code sheet} and {@code shape}; an empty value (a form's "any") is no filter. */
    PieceFilter pieceFilter() {
        return new PieceFilter(pieceType(given("type")), given("sheet"), shape(given("shape")));
    }

    private String given(String name) {
        String text = context.queryParam(name);
        return text == null || text.isEmpty() ? null : text;
    }

    private static PieceType pieceType(String text) {
        if (text == null) {
            return null;
        }
        for (PieceType type : PieceType.values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(text)) {
                return type;
            }
        }
        throw ApiError.badRequest("unknown piece type '" + text + "'", "use type=inner, type=edge or type=corner");
    }

    private static SegmentShape shape(String text) {
        if (text == null) {
            return null;
        }
        try {
            return SegmentShape.fromValue(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage(), "use shape=in, shape=out, shape=edge or shape=weird");
        }
    }

    private int wholeNumber(String name, int absent) {
        String text = context.queryParam(name);
        if (text == null) {
            return absent;
        }
        if (!text.matches("\\d{1,9}")) {
            throw ApiError.badRequest(name + " '" + text + "' is not a whole number from 0 to 999,999,999",
                    "give " + name + " as a non-negative whole number, e.g. " + name + "=50");
        }
        return Integer.parseInt(text);
    }
}
