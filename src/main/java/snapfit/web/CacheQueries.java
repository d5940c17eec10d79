package snapfit.web;

import java.util.List;
import java.util.stream.Stream;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SegmentId;
import snapfit.model.SheetRecord;
import snapfit.store.MatchFilter;
import snapfit.store.MatchStore;

/**
 * The reads behind the API and the pages, on one lent store: records by id and pages of lists. An id the
 * store does not hold is an {@link ApiError#notFound}. Not thread-safe (one per request).
 */
final class CacheQueries {

    private final MatchStore store;

    CacheQueries(MatchStore store) {
        this.store = store;
    }

    Page<SheetRecord> sheets(Paging paging) {
        return Page.of(store.sheets(), paging);
    }

    SheetRecord sheet(String sheetId) {
        return store.sheets().stream().filter(sheet -> sheet.sheetId().equals(sheetId)).findFirst()
                .orElseThrow(() -> ApiError.notFound("no sheet '" + sheetId + "' in this cache",
                        "list the sheets with GET /api/sheets"));
    }

    Page<PieceRecord> pieces(PieceFilter filter, Paging paging) {
        return Page.of(store.pieces().stream().filter(filter::accepts).toList(), paging);
    }

    PieceRecord piece(PieceId pieceId) {
        return store.pieces().stream().filter(piece -> piece.pieceId().equals(pieceId)).findFirst()
                .orElseThrow(() -> unknownPiece(pieceId));
    }

    Page<MatchResult> pieceMatches(PieceId pieceId, Float maxSimilarity, Paging paging) {
        requirePiece(pieceId);
        return matches(MatchFilter.ofPiece(pieceId), maxSimilarity, paging);
    }

    Page<MatchResult> segmentMatches(SegmentId segmentId, Float maxSimilarity, Paging paging) {
        requirePiece(segmentId.pieceId());
        return matches(MatchFilter.ofSegment(segmentId), maxSimilarity, paging);
    }

    Page<MatchResult> allMatches(Float maxSimilarity, Paging paging) {
        return matches(MatchFilter.all(), maxSimilarity, paging);
    }

    /** The stored match of two segments, in either order. */
    MatchResult pair(SegmentId a, SegmentId b) {
        requirePiece(a.pieceId());
        requirePiece(b.pieceId());
        return store.pair(a, b).orElseThrow(() -> ApiError.notFound("the pair " + a + " / " + b + " was not scored",
                "only sides whose shapes can interlock are scored (with `match --keep-best`, only each"
                        + " side's best); run `snapfit match` if a piece was ingested since"));
    }

    long count() {
        return store.count();
    }

    private Page<MatchResult> matches(MatchFilter filter, Float maxSimilarity, Paging paging) {
        MatchFilter selected = maxSimilarity == null ? filter : filter.withMaxSimilarity(maxSimilarity);
        List<MatchResult> items;
        try (Stream<MatchResult> page = store.stream(selected.withLimit(paging.limit()).withOffset(paging.offset()))) {
            items = page.toList();
        }
        return new Page<>(items, store.count(selected), paging.limit(), paging.offset());
    }

    private void requirePiece(PieceId pieceId) {
        if (store.pieceKeys().find(pieceId).isEmpty()) {
            throw unknownPiece(pieceId);
        }
    }

    private static ApiError unknownPiece(PieceId pieceId) {
        return ApiError.notFound("no piece " + pieceId + " in this cache", "list the pieces with GET /api/pieces");
    }
}
