package snapfit.web;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.PUT;
import static snapfit.web.QueryParameter.A;
import static snapfit.web.QueryParameter.B;
import static snapfit.web.QueryParameter.LIMIT;
import static snapfit.web.QueryParameter.MAX_SIMILARITY;
import static snapfit.web.QueryParameter.OFFSET;
import static snapfit.web.QueryParameter.SHAPE;
import static snapfit.web.QueryParameter.SHEET;
import static snapfit.web.QueryParameter.TYPE;

import java.util.List;
import snapfit.model.MatchResult;
import snapfit.model.PieceRecord;
import snapfit.model.SegmentId;
import snapfit.model.SheetRecord;
import snapfit.store.MatchStore;

/**
 * The routes of the HTTP API, as DESIGN.md's table lists them. Handlers stay thin: they parse the request
 * ({@link RequestParams}), ask {@link CacheQueries} or {@link CacheImages}, and return the body.
 */
final class ApiRoutes {

    private static final List<QueryParameter> PAGE = List.of(LIMIT, OFFSET);
    private static final List<QueryParameter> MATCH_PAGE = List.of(MAX_SIMILARITY, LIMIT, OFFSET);
    private static final List<QueryParameter> PAIR = List.of(A, B);

    private ApiRoutes() {
    }

    static List<Route> table(CacheImages images, SolutionFiles solution) {
        return List.of(
                new Route(GET, "/api/sheets", "page of SheetRecord", PAGE, Body.JSON,
                        (params, store) -> JsonBodies.of(queries(store).sheets(params.paging()))),
                new Route(GET, "/api/sheets/{sheet_id}", "SheetRecord", List.of(), Body.JSON,
                        (params, store) -> JsonBodies.of(queries(store).sheet(params.pathText("sheet_id")))),
                new Route(GET, "/api/pieces", "page of PieceRecord", List.of(TYPE, SHEET, SHAPE, LIMIT, OFFSET),
                        Body.JSON, (params, store) -> JsonBodies.of(queries(store).pieces(params.pieceFilter(),
                                params.paging()))),
                new Route(GET, "/api/pieces/{piece_id}", "PieceRecord", List.of(), Body.JSON,
                        (params, store) -> JsonBodies.of(queries(store).piece(params.pieceId("piece_id")))),
                new Route(GET, "/api/pieces/{piece_id}/matches", "page of MatchResult of a piece, best first",
                        MATCH_PAGE, Body.JSON, (params, store) -> JsonBodies.of(queries(store).pieceMatches(
                                params.pieceId("piece_id"), params.maxSimilarity(), params.paging()))),
                new Route(GET, "/api/segments/{segment_id}/matches", "page of MatchResult of a segment, best first",
                        MATCH_PAGE, Body.JSON, (params, store) -> JsonBodies.of(queries(store).segmentMatches(
                                params.segmentId("segment_id"),
                                params.maxSimilarity(), params.paging()))),
                new Route(GET, "/api/matches", "page of MatchResult over the whole puzzle, best first", MATCH_PAGE,
                        Body.JSON, (params, store) -> JsonBodies.of(queries(store).allMatches(params.maxSimilarity(),
                                params.paging()))),
                new Route(GET, "/api/matches/pair", "MatchResult of two segments; 404 when the pair was not scored",
                        PAIR, Body.JSON, (params, store) -> JsonBodies.of(queries(store).pair(params.segmentQuery("a"),
                                params.segmentQuery("b")))),
                new Route(GET, "/api/matches/count", "{\"count\": n}", List.of(), Body.JSON,
                        (params, store) -> JsonBodies.of(new JsonBodies.Count(queries(store).count()))),
                new Route(PUT, "/api/matches/pair/manual", "set a manual similarity: body {\"similarity_manual\": x}",
                        PAIR, Body.JSON, (params, store) -> JsonBodies.of(setManual(params, store))),
                new Route(DELETE, "/api/matches/pair/manual", "clear a manual similarity", PAIR, Body.JSON,
                        (params, store) -> JsonBodies.of(clearManual(params, store))),
                new Route(GET, "/api/pieces/{piece_id}/image.png",
                        "the piece cut from its photo, outline coloured by side shape, corners as dots", List.of(),
                        Body.PNG, (params, store) -> pieceImage(params, store, images)),
                new Route(GET, "/api/sheets/{sheet_id}/overlay.png", "the sheet's photo with every piece drawn on it",
                        List.of(), Body.PNG, (params, store) -> sheetOverlay(params, store, images)),
                new Route(GET, "/api/matches/pair/preview.png", "the two segments aligned on each other", PAIR,
                        Body.PNG, (params, store) -> Body.of(images.pair(queries(store).pair(params.segmentQuery("a"),
                                params.segmentQuery("b"))), Body.PNG)),
                new Route(GET, "/api/solution", "solution.json's content; 404 before `snapfit solve`", List.of(),
                        Body.JSON, (params, store) -> Body.of(solution.json(), Body.JSON)),
                new Route(GET, "/api/solution/image.png", "the assembled puzzle; 404 before `snapfit solve`",
                        List.of(), Body.PNG, (params, store) -> Body.of(solution.picture(), Body.PNG)));
    }

    private static CacheQueries queries(MatchStore store) {
        return new CacheQueries(store);
    }

    private static Body pieceImage(RequestParams params, MatchStore store, CacheImages images) {
        CacheQueries queries = queries(store);
        PieceRecord piece = queries.piece(params.pieceId("piece_id"));
        return Body.of(images.piece(queries.sheet(piece.pieceId().sheetId()), piece), Body.PNG);
    }

    private static Body sheetOverlay(RequestParams params, MatchStore store, CacheImages images) {
        CacheQueries queries = queries(store);
        SheetRecord sheet = queries.sheet(params.pathText("sheet_id"));
        List<PieceRecord> pieces = queries.pieces(new PieceFilter(null, sheet.sheetId(), null),
                new Paging(Paging.MAX_LIMIT, 0)).items();
        return Body.of(images.sheet(sheet, pieces), Body.PNG);
    }

    /** Stores the body's score for the pair (which must have been scored) and returns the updated match. */
    private static MatchResult setManual(RequestParams params, MatchStore store) {
        SegmentId a = params.segmentQuery("a");
        SegmentId b = params.segmentQuery("b");
        queries(store).pair(a, b);
        store.setManual(a, b, params.body(ManualScore.class, "{\"similarity_manual\": 0.05}").similarityManual());
        return queries(store).pair(a, b);
    }

    private static MatchResult clearManual(RequestParams params, MatchStore store) {
        SegmentId a = params.segmentQuery("a");
        SegmentId b = params.segmentQuery("b");
        queries(store).pair(a, b);
        store.clearManual(a, b);
        return queries(store).pair(a, b);
    }
}
