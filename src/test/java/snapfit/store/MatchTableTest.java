package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchTableTest {

    @TempDir
    Path dir;

    @Test
    void write_intoEmptyTable_rebuildsTheSegmentIndexAndPutsTheConfiguredPageCacheBack() {
        StoreConfig config = new StoreConfig(5000, 32);
        try (Database database = Database.open(dir.resolve("dataset.db"), config, true)) {
            StoreSchema.prepare(database);

            long written = database.write(connection ->
                    MatchTable.write(database, connection, new PieceKeys(Map.of()), writer -> { }));

            assertThat(written).isZero();
            assertThat(query(database, "SELECT count(*) FROM sqlite_schema WHERE name = '"
                    + StoreSchema.SEGMENT_B_INDEX + "'")).isEqualTo(1);
            assertThat(query(database, "PRAGMA cache_size")).isEqualTo(-config.cacheMebibytes() * 1024L);
        }
    }

    private static long query(Database database, String sql) {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                return Database.queryLong(statement, sql);
            }
        });
    }
}
