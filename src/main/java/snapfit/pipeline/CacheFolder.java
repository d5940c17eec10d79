package snapfit.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import snapfit.model.InputFileException;
import snapfit.store.CacheLayout;
import snapfit.store.MatchStore;

/**
 * A cache folder that {@code snapfit ingest} made, as the commands that read one open it: a folder that is
 * missing or holds no {@code dataset.db} is refused by name, and nothing is created in it.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /**
     * The cache's {@code dataset.db}, opened without ever creating it.
     *
     * @throws InputFileException naming {@code cacheDir} when it is not a cache folder
     */
    public static MatchStore openStore(Path cacheDir) {
        requireCache(cacheDir);
        return MatchStore.openExisting(CacheLayout.database(cacheDir));
    }

    /** @throws InputFileException naming {@code cacheDir} when it is not a cache folder */
    public static void requireCache(Path cacheDir) {
        if (!Files.exists(cacheDir)) {
            throw new InputFileException(cacheDir, "no such cache folder; run `snapfit ingest --images DIR --cache "
                    + cacheDir + "` first, or pass the folder that ingest wrote");
        }
        if (!Files.isDirectory(cacheDir)) {
            throw new InputFileException(cacheDir, "is a file, not a cache folder; pass the folder that"
                    + " `snapfit ingest --cache` wrote");
        }
        if (!Files.exists(CacheLayout.database(cacheDir))) {
            throw new InputFileException(cacheDir, "is not a snap-fit cache (it holds no dataset.db); pass the folder"
                    + " that `snapfit ingest --cache` wrote, or run `snapfit ingest --images DIR --cache " + cacheDir
                    + "` first");
        }
    }
}
