package snapfit.cli;

import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ITypeConverter;
import snapfit.match.ScoreFunction;
import snapfit.pipeline.MatchReport;
import snapfit.pipeline.Matching;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Score every edge of every piece in the cache against the edges of the other pieces.",
                "The scores are stored in dataset.db (lower similarity = better fit). Reads no photo."})
final class MatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CacheOption cache;

    @Option(names = "--incremental", description = "Score only pairs with pieces added since the last match.")
    boolean incremental;

    @Option(names = "--json", description = "Also write matches.json (for small puzzles and other tools).")
    boolean json;

    @Option(names = "--score", paramLabel = "NAME", converter = ScoreFunctionConverter.class,
            description = "Edge score: procrustes (default) or original (the Python seed's, for comparison).")
    ScoreFunction score = ScoreFunction.PROCRUSTES;

    @Option(names = "--keep-best", paramLabel = "K",
            description = {"Store only each edge's best K partners (a pair stays when it is among the best K of"
                    + " either edge), recorded in dataset.db; default: every compatible pair.",
                    "With --incremental the recorded K is used."})
    Integer keepBest;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all ${DEFAULT-VALUE} cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Matching.Options defaults = Matching.Options.defaults();
        Matching.Options options = new Matching.Options(incremental, defaults.score().withFunction(score), threads, json,
                keepBest == null ? OptionalInt.empty() : OptionalInt.of(keepBest));
        cache.checkedOnOpen(err, "match");
        err.println("match: scoring " + (incremental ? "pairs with new pieces" : "all pairs") + " on "
                + Counts.of(threads, "thread") + "...");
        MatchReport report = Matching.match(cache.dir, options);
        if (incremental && !report.incremental()) {
            err.println("match: a sheet was ingested again since matches were pruned to each edge's best "
                    + Counts.of(report.keptPerSegment().orElseThrow(), "partner") + ", so all pairs were scored again");
        }
        out.printf("matched %d new of %s: %s considered, %,d scored in %.2f s (%,.0f pairs/s); %s stored in %s%n",
                report.newPieces(), Counts.of(report.pieces(), "piece"),
                Counts.of(report.stats().pairsConsidered(), "pair"), report.stats().pairsScored(),
                report.stats().elapsed().toNanos() / 1e9, report.stats().pairsPerSecond(),
                Counts.of(report.stored(), "match", "matches"), snapfit.store.CacheLayout.database(cache.dir));
        report.keptPerSegment().ifPresent(k -> out.printf("kept each edge's best %s (--keep-best %d)%n",
                Counts.of(k, "partner"), k));
        return 0;
    }

    /** Accepts the function names in any case, as {@link ScoreFunction#byName} does. */
    static final class ScoreFunctionConverter implements ITypeConverter<ScoreFunction> {

        @Override
        public ScoreFunction convert(String value) {
            return ScoreFunction.byName(value);
        }
    }
}
