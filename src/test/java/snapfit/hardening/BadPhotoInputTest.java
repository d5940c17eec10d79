package snapfit.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.InputFileException;
import snapfit.model.PieceRecord;
import snapfit.model.PixelBox;
import snapfit.pipeline.IngestReport;
import snapfit.pipeline.Ingestion;
import snapfit.puzzle.Sheet;
import snapfit.puzzle.SheetLoadListener;
import snapfit.store.CacheLayout;
import snapfit.store.MetadataFile;
import snapfit.vision.PieceDetectionConfig;

/**
 * Photos a person might really feed in: each is refused with {@link InputFileException} naming the file and the
 * fix, a folder ingest skips and reports it, and the cache folder keeps every byte it had.
 */
class BadPhotoInputTest {

    @TempDir
    Path dir;

    private Path root;
    private Path cache;
    private Path bad;
    private CacheSnapshot before;

    @BeforeEach
    void copyPuzzle() throws IOException {
        root = TestPuzzle.copyInto(dir);
        cache = TestPuzzle.cache(root);
        bad = Files.createDirectories(root.resolve("incoming"));
        before = CacheSnapshot.of(cache);
    }

    @Test
    void load_missingFile_namesFileAndFix() {
        Path photo = bad.resolve("gone.jpg");

        assertThatThrownBy(() -> Sheet.load(photo, PieceDetectionConfig.defaults()))
                .isExactlyInstanceOf(InputFileException.class)
                .hasMessageContaining(photo.toString()).hasMessageContaining("does not exist; check the path");
        assertThatThrownBy(() -> ingest(bad.resolve("no-such-folder")))
                .isExactlyInstanceOf(InputFileException.class)
                .hasMessageContaining("no-such-folder").hasMessageContaining("give the folder that holds the sheet photos");
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    @Test
    void ingest_zeroByteFile_isSkippedNamingIt() throws IOException {
        Path photo = Files.createFile(bad.resolve("empty.jpg"));

        assertRefused(photo, "is empty (0 bytes); copy the photo again");
    }

    @Test
    void ingest_truncatedJpeg_isSkippedNamingIt() throws IOException {
        byte[] whole = Files.readAllBytes(TestPuzzle.sheets(root).resolve("sheet_00.jpg"));
        Path photo = Files.write(bad.resolve("half.jpg"), Arrays.copyOf(whole, whole.length / 2));

        assertRefused(photo, "is a JPEG cut short", "no end of image); copy the photo again from the phone");
    }

    @Test
    void ingest_textFileNamedJpg_isSkippedNamingIt() throws IOException {
        Path photo = Files.writeString(bad.resolve("notes.jpg"), "shopping list: glue, frame\n");

        assertRefused(photo, "is not a readable JPEG or PNG image; re-export the photo");
    }

    @Test
    void ingest_pngHeaderOf20000Squared_isRefusedBeforeDecoding() throws IOException {
        Path photo = Files.write(bad.resolve("bomb.png"), pngClaiming(20_000, 20_000));

        assertRefused(photo, "is 20000 x 20000 pixels (400 MP), more than the 100 MP", "downscale the photo");
    }

    @Test
    void ingest_jpegHeaderOf60000Squared_isRefusedBeforeOpenCvAsserts() throws IOException {
        Path photo = Files.write(bad.resolve("bomb.jpg"), jpegClaiming(60_000, 60_000, bad.resolve("tiny.jpeg")));

        assertRefused(photo, "is 60000 x 60000 pixels (3600 MP)", "downscale the photo");
    }

    @Test
    void ingest_blankPaper_isSkippedNamingThresholdAndOptions() throws IOException {
        BufferedImage paper = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        fill(paper, new Color(235, 235, 230));
        Path photo = write(paper, bad.resolve("blank.jpg"));

        assertRefused(photo, "no pieces found with threshold 130 and min area 80000", "--threshold", "--min-area");
    }

    @Test
    void ingest_pieceCutByTheBorder_isSkippedNamingPlaceAndFix() throws IOException {
        BufferedImage sheet = ImageIO.read(TestPuzzle.sheets(root).resolve("sheet_00.jpg").toFile());
        PixelBox first = region("sheet_00", 0);
        int cut = first.x() + first.width() / 2;
        Path photo = write(sheet.getSubimage(cut, 0, sheet.getWidth() - cut, sheet.getHeight()), bad.resolve("cut.jpg"));

        assertRefused(photo, "a piece at x=0", "touches the photo's border",
                "re-take the photo with paper showing all around every piece");
    }

    @Test
    void ingest_twoPiecesTouching_isSkippedNamingPlaceAndFix() throws IOException {
        BufferedImage sheet = ImageIO.read(TestPuzzle.sheets(root).resolve("sheet_00.jpg").toFile());
        PixelBox a = region("sheet_00", 0);
        PixelBox b = region("sheet_00", 1);
        Graphics2D graphics = sheet.createGraphics();
        graphics.setColor(new Color(60, 40, 30));
        graphics.setStroke(new BasicStroke(60));
        graphics.drawLine(a.x() + a.width() / 2, a.y() + a.height() / 2, b.x() + b.width() / 2, b.y() + b.height() / 2);
        graphics.dispose();
        Path photo = write(sheet, bad.resolve("touching.jpg"));

        assertRefused(photo, "times the median piece area, so pieces probably touch; move them apart");
    }

    @Test
    void ingest_folderWithNoImages_namesFolderAndPattern() throws IOException {
        Files.writeString(bad.resolve("readme.txt"), "photos go here");

        assertThatThrownBy(() -> ingest(bad))
                .isExactlyInstanceOf(InputFileException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("has no files matching")
                .hasMessageContaining("check the folder, or the pattern");
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    @Test
    void ingest_fileWhereCacheFolderShouldBe_namesItAndFix() throws IOException {
        Path notAFolder = Files.writeString(root.resolve("cache-file"), "not a folder");

        assertThatThrownBy(() -> Ingestion.ingest(TestPuzzle.sheets(root), notAFolder,
                TestPuzzle.ingestOptions(TestPuzzle.sheets(root), root), SheetLoadListener.NONE))
                .isExactlyInstanceOf(InputFileException.class)
                .hasMessageContaining(notAFolder.toString()).hasMessageContaining("choose a writable cache folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("not a folder");
    }

    @Test
    void ingest_readOnlyCacheFolder_namesItAndFix() throws IOException {
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(cache), "running as root: permissions do not stop root from writing");
            assertThatThrownBy(() -> ingest(TestPuzzle.sheets(root)))
                    .isExactlyInstanceOf(InputFileException.class)
                    .hasMessageContaining(cache.toString()).hasMessageContaining("fix its permissions");
        } finally {
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    private void assertRefused(Path photo, String... fix) {
        assertThatThrownBy(() -> Sheet.load(photo, PieceDetectionConfig.defaults()))
                .isExactlyInstanceOf(InputFileException.class)
                .hasMessageStartingWith(photo.toString())
                .hasMessageContainingAll(fix);
        IngestReport report = ingest(bad);

        assertThat(report.sheetsIngested()).isEmpty();
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.image()).isEqualTo(photo);
            assertThat(failure.problem()).startsWith(photo.toString()).contains(fix);
        });
        assertThat(CacheSnapshot.of(cache)).isEqualTo(before);
    }

    private IngestReport ingest(Path folder) {
        return Ingestion.ingest(folder, cache, TestPuzzle.ingestOptions(folder, root), SheetLoadListener.NONE);
    }

    private PixelBox region(String sheetId, int index) {
        return MetadataFile.read(CacheLayout.metadata(cache)).piecesOf(sheetId).stream()
                .filter(piece -> piece.pieceId().index() == index).map(PieceRecord::contourRegion).findFirst().orElseThrow();
    }

    private static Path write(BufferedImage image, Path file) throws IOException {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        ImageIO.write(rgb, "jpg", file.toFile());
        return file;
    }

    private static void fill(BufferedImage image, Color colour) {
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.dispose();
    }

    /** A valid PNG header claiming {@code width x height} gray pixels, with one compressed row of data. */
    static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {8, 0, 0, 0, 0});
        pngChunk(out, "IHDR", header.toByteArray());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[width + 1]);
        deflater.finish();
        byte[] compressed = new byte[width + 64];
        pngChunk(out, "IDAT", Arrays.copyOf(compressed, deflater.deflate(compressed)));
        pngChunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void pngChunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    /** A real 16 x 16 JPEG whose frame header (SOF0) is patched to claim {@code width x height} pixels. */
    static byte[] jpegClaiming(int width, int height, Path scratch) throws IOException {
        BufferedImage tiny = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
        ImageIO.write(tiny, "jpg", scratch.toFile());
        byte[] bytes = Files.readAllBytes(scratch);
        Files.delete(scratch);
        for (int i = 2; i + 9 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xC0) {
                bytes[i + 5] = (byte) (height >> 8);
                bytes[i + 6] = (byte) height;
                bytes[i + 7] = (byte) (width >> 8);
                bytes[i + 8] = (byte) width;
                return bytes;
            }
        }
        throw new IllegalStateException("ImageIO wrote no baseline frame header");
    }
}
