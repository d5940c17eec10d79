package snapfit.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a file of a cache folder, and whether it was or can be rebuilt from {@code dataset.db}.
 *
 * @param file    the damaged file
 * @param problem what is wrong: for an export a short adjective such as "truncated"; for anything else the
 *                whole story, with the fix
 * @param state   what became of it
 */
public record CacheFinding(Path file, String problem, State state) {

    /** Whether the damage was repaired, can be, or needs the user. */
    public enum State {
        /** An export, rewritten from {@code dataset.db}. */
        REPAIRED,
        /** An export that {@code snapfit check --repair} would rewrite from {@code dataset.db}. */
        REPAIRABLE,
        /** Damage that {@code dataset.db} cannot undo; the problem says what to do. */
        NOT_REPAIRABLE
    }

    public CacheFinding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(state, "state");
    }

    /** The finding as one line, e.g. "repaired CACHE/metadata.json: it was truncated; rewritten from dataset.db". */
    public String toLine() {
        return switch (state) {
            case REPAIRED -> "repaired " + file + ": it was " + problem + "; rewritten from dataset.db";
            case REPAIRABLE -> file + ": " + problem + "; `snapfit check --repair` rewrites it from dataset.db";
            case NOT_REPAIRABLE -> file + ": " + problem;
        };
    }
}
