package snapfit.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.InputFileException;
import snapfit.pipeline.CachedPuzzle;
import snapfit.pipeline.Ingestion;
import snapfit.pipeline.Matching;
import snapfit.puzzle.SheetLoadListener;
import snapfit.store.CacheLayout;
import snapfit.store.NpyArray;
import snapfit.store.Npz;
import snapfit.store.NpzArrayException;

/**
 * A cache folder damaged, edited or copied from elsewhere: reading it (rebuilding pieces, matching, ingesting
 * into it) fails with the file named and the fix, and leaves every byte of the cache as it was.
 */
class BadCacheInputTest {

    private static final String METADATA_FIX = "re-create it with `snapfit ingest --images DIR --cache DIR`";
    private static final String CONTOUR_FIX = "re-run `snapfit ingest` for this sheet";

    @TempDir
    Path dir;

    private Path root;
    private Path cache;
    private Path metadata;
    private Path npz;

    @BeforeEach
    void copyPuzzle() {
        root = TestPuzzle.copyInto(dir);
        cache = TestPuzzle.cache(root);
        metadata = CacheLayout.metadata(cache);
        npz = CacheLayout.contours(cache, "sheet_00");
    }

    @Test
    void reconstruct_truncatedMetadata_namesFileLineAndFix() throws IOException {
        byte[] whole = Files.readAllBytes(metadata);
        Files.write(metadata, Arrays.copyOf(whole, whole.length / 2));

        assertRebuildRefused(InputFileException.class, metadata.toString(), "malformed JSON", "line ", METADATA_FIX);
    }

    @Test
    void reconstruct_metadataOfWrongShape_namesFileAndFix() throws IOException {
        Files.writeString(metadata, "[{\"sheet_id\": \"sheet_00\"}]");

        assertRebuildRefused(InputFileException.class, metadata.toString(), "malformed JSON", METADATA_FIX);
    }

    @Test
    void reconstruct_unknownSegmentShape_namesJsonPathValueAndFix() throws IOException {
        replaceFirst(metadata, "\"left\": \"in\"", "\"left\": \"diagonal\"");

        assertRebuildRefused(InputFileException.class, metadata.toString(), "segment_shapes", "diagonal", METADATA_FIX);
    }

    @Test
    void reconstruct_unknownPieceType_namesValueAndFix() throws IOException {
        replaceFirst(metadata, "\"piece_type\": ", "\"piece_type\": 7");

        assertRebuildRefused(InputFileException.class, metadata.toString(), "piece_type", METADATA_FIX);
    }

    @Test
    void reconstruct_imagePathClimbingOutOfDataRoot_isRefused() throws IOException {
        replaceFirst(metadata, "\"img_path\": \"sheets/sheet_00.jpg\"", "\"img_path\": \"../../etc/passwd\"");

        assertRebuildRefused(InputFileException.class, metadata.toString(), "img_path '../../etc/passwd'",
                "must be relative, without '..'", "re-run `snapfit ingest`");
    }

    @Test
    void reconstruct_absoluteImagePath_isRefused() throws IOException {
        replaceFirst(metadata, "\"img_path\": \"sheets/sheet_00.jpg\"", "\"img_path\": \"/etc/passwd\"");

        assertRebuildRefused(InputFileException.class, metadata.toString(), "img_path '/etc/passwd'",
                "must be relative");
    }

    @Test
    void reconstruct_sheetIdClimbingOutOfCache_isRefused() throws IOException {
        String json = Files.readString(metadata).replace("\"sheet_00\"", "\"../../outside\"");
        Files.writeString(metadata, json);

        assertRebuildRefused(InputFileException.class, metadata.toString(), "sheet id '../../outside' contains '/'",
                "rename the photo");
        assertThat(Files.exists(root.resolve("outside_contours.npz"))).isFalse();
    }

    @Test
    void match_databaseSheetWithClimbingImagePath_namesDatabase() throws SQLException {
        execute("UPDATE sheets SET img_path = '../secret.jpg' WHERE sheet_id = 'sheet_00'");

        assertMatchRefused(InputFileException.class, CacheLayout.database(cache).toString(),
                "img_path '../secret.jpg'", "must be relative");
    }

    @Test
    void reconstruct_truncatedNpz_namesFileAndFix() throws IOException {
        byte[] whole = Files.readAllBytes(npz);
        Files.write(npz, Arrays.copyOf(whole, whole.length / 3));

        assertRebuildRefused(InputFileException.class, npz.toString());
    }

    @Test
    void reconstruct_npzOfWrongDtype_namesKeyShapeAndFix() {
        LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
        Npz.read(npz).forEach((key, array) -> arrays.put(key,
                NpyArray.ofFloat64(array.shape(), Arrays.stream(array.toIntArray()).asDoubleStream().toArray())));
        Npz.write(npz, arrays);

        assertRebuildRefused(NpzArrayException.class, npz.toString(), "'contour_sheet_00:0'", "<f8",
                "a contour is int32 of shape (N, 1, 2)", CONTOUR_FIX);
    }

    @Test
    void reconstruct_npzWithPickledObjects_isRefusedWithoutUnpickling() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("contour_sheet_00:0.npy", npy("{'descr': '|O', 'fortran_order': False, 'shape': (2,), }",
                new byte[] {(byte) 0x80, 0x04, (byte) 0x95, 0, 0, 0, 0, 0, 0, 0, 0x2E}));
        writeZip(npz, entries);

        assertRebuildRefused(NpzArrayException.class, npz.toString(), "contour_sheet_00:0", "pickled");
    }

    @Test
    void reconstruct_npzKeysNotMatchingMetadata_namesBothFilesAndFix() {
        LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
        Npz.read(npz).forEach((key, array) -> arrays.put(key.replace("sheet_00:", "sheet_00:1"), array));
        Npz.write(npz, arrays);

        assertRebuildRefused(InputFileException.class, "sheet_00_co", "sheet_00:10", CONTOUR_FIX);
    }

    @Test
    void match_databaseThatIsNotSqlite_namesFileAndFix() throws IOException {
        Path database = CacheLayout.database(cache);
        Files.writeString(database, "id,similarity\n1,0.5\n");

        assertMatchRefused(InputFileException.class, database.toString(), "is not a SQLite database",
                "choose another cache folder or delete the file");
        assertIngestRefused("is not a SQLite database");
    }

    @Test
    void match_databaseFromNewerSchema_saysToUpgrade() throws SQLException {
        execute("PRAGMA user_version = 99");

        assertMatchRefused(InputFileException.class, "schema version 99", "upgrade snapfit or use another cache folder");
        assertIngestRefused("schema version 99");
    }

    @Test
    void ingest_databaseLockedByAnotherWriter_writesNothingAndSaysToRetry() throws SQLException {
        CacheSnapshot before = CacheSnapshot.of(cache);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + CacheLayout.database(cache));
                Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("UPDATE sheets SET piece_count = piece_count WHERE 0");

            assertThatThrownBy(() -> Ingestion.ingest(TestPuzzle.sheets(root), cache,
                    TestPuzzle.ingestOptions(TestPuzzle.sheets(root), root), SheetLoadListener.NONE))
                    .isExactlyInstanceOf(InputFileException.class)
                    .hasMessageContaining(CacheLayout.database(cache).toString())
                    .hasMessageContaining("the database is locked by another process").hasMessageContaining("close it and retry");
            statement.execute("ROLLBACK");
        }
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    private void assertRebuildRefused(Class<? extends Exception> type, String... parts) {
        CacheSnapshot before = CacheSnapshot.of(cache);

        assertThatThrownBy(() -> CachedPuzzle.reconstruct(cache))
                .isExactlyInstanceOf(type).hasMessageContainingAll(parts);
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    private void assertMatchRefused(Class<? extends Exception> type, String... parts) {
        CacheSnapshot before = CacheSnapshot.of(cache);

        assertThatThrownBy(() -> Matching.match(cache, TestPuzzle.matchOptions()))
                .isExactlyInstanceOf(type).hasMessageContainingAll(parts);
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    private void assertIngestRefused(String... parts) {
        CacheSnapshot before = CacheSnapshot.of(cache);

        assertThatThrownBy(() -> Ingestion.ingest(TestPuzzle.sheets(root), cache,
                TestPuzzle.ingestOptions(TestPuzzle.sheets(root), root), SheetLoadListener.NONE))
                .isExactlyInstanceOf(InputFileException.class).hasMessageContainingAll(parts);
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + CacheLayout.database(cache));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void replaceFirst(Path file, String target, String replacement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(target);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(target),
                java.util.regex.Matcher.quoteReplacement(replacement)));
    }

    /** A version 1.0 NPY entry: magic, header length, the header dict padded to 64 bytes, then the data. */
    private static byte[] npy(String header, byte[] data) throws IOException {
        int unpadded = 10 + header.length() + 1;
        String padded = header + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) padded.length()).array());
        out.write(padded.getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        return out.toByteArray();
    }

    private static void writeZip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }
}
