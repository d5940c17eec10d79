package snapfit.web;

import static io.javalin.http.HandlerType.GET;
import static snapfit.web.Html.escape;
import static snapfit.web.Html.url;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import snapfit.model.EdgePos;
import snapfit.model.MatchResult;
import snapfit.model.PieceRecord;
import snapfit.model.PieceType;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.model.SheetRecord;
import snapfit.store.MatchStore;

/**
 * The web pages, rendered on the server from the same {@link CacheQueries} as the API, with images from the
 * API's image routes: sheets, a filterable grid of pieces, a piece with its best partners per side, the best
 * matches overall and the solution. Lists are paginated so that a 1,500-piece cache stays quick.
 */
final class WebPages {

    static final String HTML = "text/html; charset=utf-8";
    private static final int SHEETS_PER_PAGE = 12;
    private static final int PIECES_PER_PAGE = 48;
    private static final int MATCHES_PER_PAGE = 50;
    private static final int PARTNERS_PER_SIDE = 3;

    private WebPages() {
    }

    static List<Route> table(SolutionFiles solution) {
        return List.of(
                new Route(GET, "/", "overview", List.of(), HTML, (params, store) -> overview(store)),
                new Route(GET, "/sheets", "sheets with their overlays", List.of(QueryParameter.PAGE), HTML,
                        WebPages::sheets),
                new Route(GET, "/pieces", "grid of pieces", List.of(QueryParameter.TYPE, QueryParameter.SHAPE,
                        QueryParameter.SHEET, QueryParameter.PAGE), HTML, WebPages::pieces),
                new Route(GET, "/pieces/{piece_id}", "one piece and its best partners", List.of(), HTML,
                        WebPages::piece),
                new Route(GET, "/matches", "best matches overall", List.of(QueryParameter.PAGE), HTML,
                        WebPages::matches),
                new Route(GET, "/solution", "the assembled puzzle", List.of(), HTML,
                        (params, store) -> solution(solution)));
    }

    private static Body overview(MatchStore store) {
        CacheQueries queries = new CacheQueries(store);
        Paging none = new Paging(0, 0);
        String body = "<p>" + queries.sheets(none).total() + " sheets, " + queries.pieces(PieceFilter.ANY, none).total()
                + " pieces, " + queries.count() + " scored pairs of sides.</p>"
                + "<p><a href=\"/sheets\">Sheets</a> · <a href=\"/pieces\">Pieces</a> · <a href=\"/matches\">Best"
                + " matches</a></p>";
        return html("snap-fit cache", body);
    }

    private static Body sheets(RequestParams params, MatchStore store) {
        int pageNumber = params.pageNumber();
        Page<SheetRecord> page = new CacheQueries(store).sheets(paging(pageNumber, SHEETS_PER_PAGE));
        StringBuilder body = new StringBuilder("<div class=\"grid\">");
        for (SheetRecord sheet : page.items()) {
            body.append("<div class=\"card wide\"><a href=\"/pieces?sheet=").append(url(sheet.sheetId()))
                    .append("\"><img loading=\"lazy\" alt=\"overlay of ").append(escape(sheet.sheetId()))
                    .append("\" src=\"/api/sheets/").append(url(sheet.sheetId())).append("/overlay.png\"></a>")
                    .append(escape(sheet.sheetId())).append(": ").append(sheet.pieceCount()).append(" pieces, ")
                    .append(escape(sheet.imgPath())).append("</div>");
        }
        body.append("</div>").append(pageLinks("/sheets?", page, pageNumber));
        return html("Sheets", body.toString());
    }

    private static Body pieces(RequestParams params, MatchStore store) {
        PieceFilter filter = params.pieceFilter();
        int pageNumber = params.pageNumber();
        Page<PieceRecord> page = new CacheQueries(store).pieces(filter, paging(pageNumber, PIECES_PER_PAGE));
        StringBuilder body = new StringBuilder(filterForm(filter)).append("<p>").append(page.total())
                .append(" pieces</p><div class=\"grid\">");
        for (PieceRecord piece : page.items()) {
            String id = piece.pieceId().toString();
            body.append("<div class=\"card\"><a class=\"piece\" href=\"/pieces/").append(url(id))
                    .append("\"><img loading=\"lazy\" alt=\"piece ").append(escape(id)).append("\" src=\"/api/pieces/")
                    .append(url(id)).append("/image.png\"></a>").append(escape(id)).append(" · ")
                    .append(typeName(piece.orientedPieceType().pieceType())).append("<br>")
                    .append(shapes(piece)).append("</div>");
        }
        String query = "/pieces?" + (filter.type() == null ? "" : "type=" + typeName(filter.type()) + "&")
                + (filter.shape() == null ? "" : "shape=" + filter.shape().value() + "&")
                + (filter.sheet() == null ? "" : "sheet=" + url(filter.sheet()) + "&");
        body.append("</div>").append(pageLinks(query, page, pageNumber));
        return html("Pieces", body.toString());
    }

    private static Body piece(RequestParams params, MatchStore store) {
        CacheQueries queries = new CacheQueries(store);
        PieceRecord piece = queries.piece(params.pieceId("piece_id"));
        String id = piece.pieceId().toString();
        StringBuilder body = new StringBuilder("<div class=\"grid\"><div class=\"card wide\"><img id=\"piece-image\""
                + " alt=\"piece " + escape(id) + "\" src=\"/api/pieces/" + url(id) + "/image.png\"></div><pre>")
                .append(escape(JsonBodies.indented(piece))).append("</pre></div>");
        for (EdgePos edge : EdgePos.values()) {
            SegmentId segment = new SegmentId(piece.pieceId(), edge);
            body.append("<h2>").append(edge.value()).append(" (").append(piece.segmentShapes().get(edge).value())
                    .append(")</h2><div class=\"partners\">");
            List<MatchResult> best = queries.segmentMatches(segment, null, new Paging(PARTNERS_PER_SIDE, 0)).items();
            if (best.isEmpty()) {
                body.append("<p>no scored partner</p>");
            }
            for (MatchResult match : best) {
                SegmentId partner = match.partnerOf(segment);
                body.append("<div class=\"partner\"><img loading=\"lazy\" class=\"preview\" alt=\"")
                        .append(escape(segment + " on " + partner)).append("\" src=\"")
                        .append(previewUrl(match)).append("\"><a class=\"partner-link\" href=\"/pieces/")
                        .append(url(partner.pieceId().toString())).append("\">").append(escape(partner.toString()))
                        .append("</a> similarity ").append(score(match)).append("</div>");
            }
            body.append("</div>");
        }
        return html("Piece " + id, body.toString());
    }

    private static Body matches(RequestParams params, MatchStore store) {
        int pageNumber = params.pageNumber();
        Page<MatchResult> page = new CacheQueries(store).allMatches(null, paging(pageNumber, MATCHES_PER_PAGE));
        StringBuilder body = new StringBuilder("<table><tr><th>rank</th><th>side</th><th>partner</th>"
                + "<th>similarity</th><th></th></tr>");
        int rank = page.offset();
        for (MatchResult match : page.items()) {
            body.append("<tr><td>").append(++rank).append("</td><td>").append(pieceLink(match.segId1()))
                    .append("</td><td>").append(pieceLink(match.segId2())).append("</td><td>").append(score(match))
                    .append("</td><td><a href=\"").append(previewUrl(match)).append("\">preview</a></td></tr>");
        }
        body.append("</table>").append(pageLinks("/matches?", page, pageNumber));
        return html("Best matches", body.toString());
    }

    private static Body solution(SolutionFiles solution) {
        String body = solution.exists()
                ? "<p><a href=\"/api/solution\">solution.json</a></p><img alt=\"assembled puzzle\""
                        + " src=\"/api/solution/image.png\" style=\"max-width: 100%\">"
                : "<p>No solution yet: run <code>snapfit solve --cache DIR</code>, then reload.</p>";
        return html("Solution", body);
    }

    private static String filterForm(PieceFilter filter) {
        StringBuilder form = new StringBuilder("<form method=\"get\" action=\"/pieces\">type <select name=\"type\">"
                + "<option value=\"\">any</option>");
        for (PieceType type : PieceType.values()) {
            form.append(option(typeName(type), type == filter.type()));
        }
        form.append("</select> with a side <select name=\"shape\"><option value=\"\">any</option>");
        for (SegmentShape shape : SegmentShape.values()) {
            form.append(option(shape.value(), shape == filter.shape()));
        }
        form.append("</select>");
        if (filter.sheet() != null) {
            form.append(" on sheet ").append(escape(filter.sheet())).append("<input type=\"hidden\" name=\"sheet\""
                    + " value=\"").append(escape(filter.sheet())).append("\">");
        }
        return form.append(" <button>Show</button></form>").toString();
    }

    private static String option(String value, boolean selected) {
        return "<option" + (selected ? " selected" : "") + ">" + value + "</option>";
    }

    private static String pageLinks(String query, Page<?> page, int pageNumber) {
        long pages = Math.max(1, (page.total() + page.limit() - 1) / page.limit());
        StringBuilder links = new StringBuilder("<p class=\"pages\">");
        if (pageNumber > 1) {
            links.append("<a href=\"").append(query).append("page=").append(pageNumber - 1).append("\">previous</a>");
        }
        links.append("<span>page ").append(pageNumber).append(" of ").append(pages).append("</span>");
        if (pageNumber < pages) {
            links.append("<a href=\"").append(query).append("page=").append(pageNumber + 1).append("\">next</a>");
        }
        return links.append("</p>").toString();
    }

    private static Paging paging(int pageNumber, int perPage) {
        long offset = (long) (pageNumber - 1) * perPage;
        if (offset > Integer.MAX_VALUE) {
            throw ApiError.badRequest("page " + pageNumber + " is past any list", "go back to page 1");
        }
        return new Paging(perPage, (int) offset);
    }

    private static String shapes(PieceRecord piece) {
        StringBuilder shapes = new StringBuilder();
        for (EdgePos edge : EdgePos.values()) {
            shapes.append(edge.value()).append(' ').append(piece.segmentShapes().get(edge).value()).append(' ');
        }
        return shapes.toString().trim();
    }

    private static String pieceLink(SegmentId segment) {
        return "<a href=\"/pieces/" + url(segment.pieceId().toString()) + "\">" + escape(segment.toString()) + "</a>";
    }

    private static String previewUrl(MatchResult match) {
        return "/api/matches/pair/preview.png?a=" + url(match.segId1().toString()) + "&amp;b="
                + url(match.segId2().toString());
    }

    private static String score(MatchResult match) {
        return String.format(Locale.ROOT, "%.4f", match.effectiveSimilarity())
                + (match.similarityManual() == null ? "" : " (manual)");
    }

    private static String typeName(PieceType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static Body html(String title, String body) {
        return Body.of(Html.page(title, body).getBytes(StandardCharsets.UTF_8), HTML);
    }
}
