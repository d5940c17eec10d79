package snapfit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import snapfit.pipeline.CacheCheck;
import snapfit.pipeline.CacheFinding;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Verify a whole cache folder, like fsck, and repair what dataset.db can rebuild.",
                "Checks dataset.db (SQLite quick_check, schema version), metadata.json against dataset.db, every"
                        + " sheet's contours/*.npz loaded in full (an array per piece with contour_point_count points)"
                        + " and *_corners.json, matches.json if present, and the segments kept for every piece.",
                "Prints one line per problem, then a summary. Without --repair nothing changes. dataset.db is the"
                        + " record of the cache: --repair rewrites metadata.json and matches.json from it. Contour"
                        + " files are not in it; their lines name the photo to ingest again.",
                "Exit status 0 when the cache is sound or all was repaired, 1 when damage remains."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CacheOption cache;

    @Option(names = "--repair", description = "Rewrite a damaged metadata.json or matches.json from dataset.db.")
    boolean repair;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProgressLine progress = ProgressLine.onStderr("check");
        List<CacheFinding> findings = CacheCheck.whole(cache.dir, repair,
                (done, total, sheetId) -> progress.step(done, total, "sheets", sheetId));
        findings.forEach(finding -> out.println(finding.toLine()));
        long repaired = count(findings, CacheFinding.State.REPAIRED);
        long repairable = count(findings, CacheFinding.State.REPAIRABLE);
        long lasting = count(findings, CacheFinding.State.NOT_REPAIRABLE);
        if (findings.isEmpty()) {
            out.println("checked " + cache.dir + ": no problems found");
        } else {
            out.println("checked " + cache.dir + ": " + Counts.of(findings.size(), "problem") + ", " + repaired
                    + " repaired, " + repairable + " repairable with --repair, " + lasting + " not repairable from"
                    + " dataset.db");
        }
        return repairable + lasting == 0 ? 0 : 1;
    }

    private static long count(List<CacheFinding> findings, CacheFinding.State state) {
        return findings.stream().filter(finding -> finding.state() == state).count();
    }
}
