package snapfit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import snapfit.model.PieceId;
import snapfit.model.Placement;
import snapfit.pipeline.GuidedSolving;
import snapfit.solve.GridSize;
import snapfit.solve.GuidedSession;
import snapfit.store.Json;

@Command(name = "guide", mixinStandardHelpOptions = true,
        description = {"Guided solving at the table: the next cell to fill and its 5 best candidates, from the"
                + " pieces you confirmed.", "Sessions live in dataset.db; accept and reject are kept as manual scores"
                + " of the joins, so later suggestions and solves use them."},
        subcommands = {GuideCommand.Start.class, GuideCommand.Next.class, GuideCommand.Accept.class,
                GuideCommand.Reject.class})
final class GuideCommand {

    /** The cache, the session (default: the latest) and --json, shared by the subcommands. */
    static final class SessionOptions {
        @Mixin
        CacheOption cache;

        @Option(names = "--session", paramLabel = "N", description = "Session number (default: the latest).")
        Long session;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        long sessionId() {
            return session != null ? session : GuidedSolving.latest(cache.dir);
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start a session; prints its number.")
    static final class Start implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CacheOption cache;

        @Option(names = "--rows", paramLabel = "R", description = "Rows (default: the solution's, or from the pieces).")
        Integer rows;

        @Option(names = "--cols", paramLabel = "C", description = "Columns.")
        Integer cols;

        @Override
        public Integer call() {
            if (rows == null != (cols == null)) {
                throw new ParameterException(spec.commandLine(), "give both --rows and --cols, or neither");
            }
            Optional<GridSize> size = rows == null ? Optional.empty() : Optional.of(new GridSize(rows, cols));
            long id = GuidedSolving.start(cache.checkedOnOpen(spec.commandLine().getErr(), "guide"), size);
            spec.commandLine().getOut().println("started guided session " + id);
            return 0;
        }
    }

    @Command(name = "next", mixinStandardHelpOptions = true,
            description = "The next cell and its best candidates, with pictures in CACHE/guided/session-N/.")
    static final class Next implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SessionOptions options;

        @Option(names = "--candidates", paramLabel = "K", description = "How many (default: ${DEFAULT-VALUE}).")
        int candidates = 5;

        @Option(names = "--no-pictures", description = "Skip the pictures.")
        boolean noPictures;

        @Option(names = "--data-root", paramLabel = "DIR",
                description = "The folder ingest took photo paths relative to (default: the cache's parent).")
        Path dataRoot;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path cacheDir = options.cache.checkedOnOpen(spec.commandLine().getErr(), "guide");
            Optional<Path> root = noPictures ? Optional.empty()
                    : Optional.of(dataRoot != null ? dataRoot : cacheDir.toAbsolutePath().normalize().getParent());
            Optional<GuidedSolving.Step> step = GuidedSolving.next(cacheDir, options.sessionId(), candidates, root);
            if (options.json) {
                out.println(Json.writer().writeValueAsString(step.orElse(null)));
                return 0;
            }
            if (step.isEmpty()) {
                out.println("nothing left to suggest: every cell is filled, or no piece fits the empty ones");
                return 0;
            }
            GuidedSession.Suggestion suggestion = step.get().suggestion();
            out.printf("session %d: fill row %d, col %d%n", step.get().sessionId(), suggestion.row(), suggestion.col());
            for (int i = 0; i < suggestion.candidates().size(); i++) {
                GuidedSession.Candidate candidate = suggestion.candidates().get(i);
                StringBuilder joins = new StringBuilder();
                candidate.joins().forEach(join -> joins.append(String.format("  %s %.4f", join.direction().value(),
                        join.similarity())));
                out.printf("%d. %s turned %d: cost %.3f%s%s%n", i + 1, candidate.pieceId(), candidate.rotation(),
                        candidate.cost(), joins, step.get().images().isEmpty() ? ""
                                : "  " + step.get().images().get(i));
            }
            return 0;
        }
    }

    /** The placement an accept or reject names. */
    static final class Decision {
        @Option(names = "--piece", required = true, paramLabel = "ID", description = "Piece id, sheet:index.")
        String piece;

        @Option(names = "--row", required = true, paramLabel = "R")
        int row;

        @Option(names = "--col", required = true, paramLabel = "C")
        int col;

        @Option(names = "--rotation", required = true, paramLabel = "DEG",
                description = "Clockwise degrees from the photo into place: 0, 90, 180 or 270.")
        int rotation;

        Placement placement(CommandSpec spec) {
            try {
                return new Placement(PieceId.parse(piece), row, col, rotation, 1);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, description = "Confirm a piece in a cell.")
    static final class Accept implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SessionOptions options;

        @Mixin
        Decision decision;

        @Override
        public Integer call() {
            return decide(spec, options, decision, true);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Say a piece does not go in a cell: it is not proposed there again.")
    static final class Reject implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SessionOptions options;

        @Mixin
        Decision decision;

        @Override
        public Integer call() {
            return decide(spec, options, decision, false);
        }
    }

    private static int decide(CommandSpec spec, SessionOptions options, Decision decision, boolean accepted) {
        Placement placement = decision.placement(spec);
        Path cacheDir = options.cache.checkedOnOpen(spec.commandLine().getErr(), "guide");
        long session = options.sessionId();
        GuidedSolving.decide(cacheDir, session, placement, accepted);
        spec.commandLine().getOut().printf("session %d: %s %s at row %d, col %d turned %d%n", session,
                accepted ? "accepted" : "rejected", placement.pieceId(), placement.row(), placement.col(),
                placement.rotation());
        return 0;
    }
}
