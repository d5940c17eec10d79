package snapfit.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.SegmentId;
import snapfit.pipeline.CacheFolder;
import snapfit.store.Json;
import snapfit.store.MatchFilter;
import snapfit.store.MatchStore;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Read scored matches from dataset.db, best (lowest similarity) first.",
                "Ids: a piece is sheet:index (back_03:2), a segment sheet:index:edge (back_03:2:left)."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CacheOption cache;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    static final class Selection {
        @Option(names = "--piece", paramLabel = "ID", description = "Matches of every edge of this piece.")
        String piece;

        @Option(names = "--segment", paramLabel = "ID", description = "Matches of this edge.")
        String segment;

        @Option(names = "--pair", arity = "2", paramLabel = "SEG", description = "The score of these two edges.")
        List<String> pair;

        @Option(names = "--top", paramLabel = "N", description = "The N best matches overall.")
        Integer top;
    }

    @Option(names = "--max-similarity", paramLabel = "X", description = "Only matches scoring at most X.")
    Float maxSimilarity;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--json", description = "Print matches as JSON (the matches.json format).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        MatchFilter filter = filter();
        try (MatchStore store = CacheFolder.openStore(cache.checkedOnOpen(spec.commandLine().getErr(), "query"))) {
            List<MatchResult> matches;
            if (selection.pair != null) {
                matches = store.pair(SegmentId.parse(selection.pair.get(0)), SegmentId.parse(selection.pair.get(1)))
                        .stream().toList();
            } else {
                try (Stream<MatchResult> stream = store.stream(filter)) {
                    matches = stream.toList();
                }
            }
            if (matches.isEmpty() && !json) {
                spec.commandLine().getOut().println(whyNoMatches(store.count()));
            } else {
                print(matches);
            }
            store.keptPerSegment().ifPresent(k -> notePruned(k, matches.size()));
        }
        return 0;
    }

    /** Says when a result may lack matches that were scored but not stored ({@code match --keep-best}). */
    private void notePruned(int kept, int rows) {
        boolean ofEdges = selection.piece != null || selection.segment != null;
        boolean mayLack = selection.pair != null ? rows == 0 : ofEdges && offset + rows >= kept;
        if (mayLack) {
            spec.commandLine().getErr().printf("note: dataset.db keeps each edge's best %s (match --keep-best"
                    + " %d); matches ranked lower for both their edges were not stored%n", Counts.of(kept, "partner"), kept);
        }
    }

    /** Tells an unmatched cache from a filter that selects nothing, as the fixes differ. */
    private String whyNoMatches(long stored) {
        if (stored == 0) {
            return "no matches stored yet: run `snapfit match --cache " + cache.dir + "` first";
        }
        if (selection.pair != null
                && SegmentId.parse(selection.pair.get(0)).pieceId().equals(SegmentId.parse(selection.pair.get(1)).pieceId())) {
            return "no matches: " + selection.pair.get(0) + " and " + selection.pair.get(1)
                    + " are edges of the same piece, which are never matched";
        }
        return "no matches: the selection and filter pick none of the " + Counts.of(stored, "stored match", "stored matches")
                + "; relax --max-similarity, --offset or --top";
    }

    private MatchFilter filter() {
        MatchFilter filter;
        int rows = limit;
        if (selection.piece != null) {
            filter = MatchFilter.ofPiece(PieceId.parse(selection.piece));
        } else if (selection.segment != null) {
            filter = MatchFilter.ofSegment(SegmentId.parse(selection.segment));
        } else {
            filter = MatchFilter.all();
            if (selection.top != null) {
                rows = selection.top;
            }
        }
        filter = filter.withLimit(rows).withOffset(offset);
        return maxSimilarity != null ? filter.withMaxSimilarity(maxSimilarity) : filter;
    }

    private void print(List<MatchResult> matches) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(matches));
            return;
        }
        out.printf("%-4s %-28s %-28s %10s %10s%n", "rank", "segment", "partner", "similarity", "manual");
        int rank = offset + 1;
        for (MatchResult match : matches) {
            boolean swap = selection.piece != null && match.segId2().pieceId().toString().equals(selection.piece)
                    || selection.segment != null && match.segId2().toString().equals(selection.segment);
            SegmentId own = swap ? match.segId2() : match.segId1();
            out.printf("%-4d %-28s %-28s %10.4f %10s%n", rank++, own, match.partnerOf(own),
                    match.similarity(), match.similarityManual() == null ? "" : String.format("%.4f", match.similarityManual()));
        }
    }
}
