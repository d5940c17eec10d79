package snapfit.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import snapfit.model.InputFileException;
import snapfit.model.MatchResult;
import snapfit.store.CacheLayout;
import snapfit.store.MatchFilter;
import snapfit.store.MatchStore;
import snapfit.store.MatchesFile;
import snapfit.store.Metadata;
import snapfit.store.MetadataFile;

/**
 * The files of a cache folder that {@code dataset.db} can rebuild, as they are diagnosed and rewritten:
 * {@code metadata.json}, its sheets and pieces, and {@code matches.json}, its matches (present only after
 * {@code match --json}; a later {@code match} without {@code --json} leaves it older than the database, which is
 * not damage). A rewrite happens under the database's write lock after diagnosing again, so that it never
 * replaces the newer file a concurrent ingest writes just before its commit.
 */
final class CacheExports {

    private static final int TAIL_BYTES = 64;

    private CacheExports() {
    }

    /**
     * What is wrong with {@code metadata.json}: "missing", "empty", "truncated", "malformed", or "different from
     * dataset.db's sheets and pieces"; empty when it holds exactly {@code stored}.
     */
    static Optional<String> metadataProblem(Path cacheDir, Metadata stored) {
        Path file = CacheLayout.metadata(cacheDir);
        Optional<String> damage = damage(file, '}');
        if (damage.isPresent()) {
            return damage;
        }
        try {
            return MetadataFile.read(file).equals(stored) ? Optional.empty()
                    : Optional.of("different from dataset.db's sheets and pieces");
        } catch (InputFileException e) {
            return Optional.of("malformed");
        }
    }

    /**
     * What is wrong with {@code matches.json}: "empty", "truncated" or (when {@code parse}) "malformed"; empty when
     * it is absent or whole. Without {@code parse} only its first and last bytes are read.
     */
    static Optional<String> matchesProblem(Path cacheDir, boolean parse) {
        Path file = CacheLayout.matchesJson(cacheDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Optional<String> damage = damage(file, ']');
        if (damage.isPresent() || !parse) {
            return damage;
        }
        try {
            MatchesFile.read(file);
            return Optional.empty();
        } catch (InputFileException e) {
            return Optional.of("malformed");
        }
    }

    /** Rewrites {@code metadata.json} from {@code store} if it is still damaged once no one else can write. */
    static Optional<CacheFinding> repairMetadata(Path cacheDir, MatchStore store) {
        return store.whileLocked(() -> {
            Metadata stored = store.metadata();
            return metadataProblem(cacheDir, stored).map(problem -> {
                MetadataFile.write(CacheLayout.metadata(cacheDir), stored);
                return new CacheFinding(CacheLayout.metadata(cacheDir), problem, CacheFinding.State.REPAIRED);
            });
        });
    }

    /** Rewrites {@code matches.json} from {@code store} if it is still damaged once no one else can write. */
    static Optional<CacheFinding> repairMatches(Path cacheDir, MatchStore store) {
        return store.whileLocked(() -> matchesProblem(cacheDir, true).map(problem -> {
            try (Stream<MatchResult> matches = store.stream(MatchFilter.all())) {
                MatchesFile.write(CacheLayout.matchesJson(cacheDir), matches);
            }
            return new CacheFinding(CacheLayout.matchesJson(cacheDir), problem, CacheFinding.State.REPAIRED);
        }));
    }

    /**
     * "missing", "empty" or "truncated", read from the file's last bytes: every JSON document we write ends in
     * {@code last}, then at most a newline.
     */
    private static Optional<String> damage(Path file, char last) {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size == 0) {
                return Optional.of("empty");
            }
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, TAIL_BYTES));
            channel.read(tail, size - tail.capacity());
            String text = new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1).strip();
            return text.endsWith(String.valueOf(last)) ? Optional.empty() : Optional.of("truncated");
        } catch (NoSuchFileException e) {
            return Optional.of("missing");
        } catch (IOException e) {
            throw new InputFileException(file, "cannot be read (" + e + "); check its permissions", e);
        }
    }
}
