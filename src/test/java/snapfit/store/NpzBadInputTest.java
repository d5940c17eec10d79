package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import snapfit.model.InputFileException;

/** Hand-made NPY entries that must be refused with the file and the array named. */
class NpzBadInputTest {

    private static final byte[] FOUR_INTS = littleEndianInts(1, 2, 3, 4);

    @TempDir
    Path dir;

    @Test
    void read_pickledObjectArray_isRefusedNamingKey() throws IOException {
        Path file = npzWith("objects", npy(1, "{'descr': '|O', 'fortran_order': False, 'shape': (2,), }",
                new byte[] {(byte) 0x80, 0x04, (byte) 0x95, 0, 0, 0}));

        assertThatThrownBy(() -> Npz.read(file))
                .isInstanceOf(NpzArrayException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'objects'")
                .hasMessageContaining("pickled")
                .satisfies(e -> assertThat(((NpzArrayException) e).arrayKey()).isEqualTo("objects"));
    }

    @Test
    void read_bigEndian_isRefusedWithFix() throws IOException {
        Path file = npzWith("be", npy(1, "{'descr': '>i4', 'fortran_order': False, 'shape': (4,), }", FOUR_INTS));

        assertThatThrownBy(() -> Npz.read(file)).isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("big-endian").hasMessageContaining("astype('<i4')");
    }

    @Test
    void read_fortranOrder_isRefused() throws IOException {
        Path file = npzWith("f", npy(1, "{'descr': '<i4', 'fortran_order': True, 'shape': (2, 2), }", FOUR_INTS));

        assertThatThrownBy(() -> Npz.read(file)).isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("'f'").hasMessageContaining("Fortran order");
    }

    @Test
    void read_int64_isRefusedAsUnsupportedDtype() throws IOException {
        Path file = npzWith("wide", npy(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }", FOUR_INTS));

        assertThatThrownBy(() -> Npz.read(file)).isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("'<i8'").hasMessageContaining("<i4 (int32)");
    }

    @Test
    void read_structuredDtype_isRefused() throws IOException {
        Path file = npzWith("rec", npy(1, "{'descr': [('x', '<i4'), ('y', '<i4')], 'fortran_order': False, 'shape': (2,), }",
                FOUR_INTS));

        assertThatThrownBy(() -> Npz.read(file)).isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("structured dtype");
    }

    @Test
    void read_truncatedData_saysHowManyBytesAreMissing() throws IOException {
        Path file = npzWith("short", npy(1, "{'descr': '<i4', 'fortran_order': False, 'shape': (5,), }", FOUR_INTS));

        assertThatThrownBy(() -> Npz.read(file)).isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("'short' is truncated").hasMessageContaining("needs 20 data bytes but 16");
    }

    @Test
    void read_badMagic_isRefused() throws IOException {
        Path file = npzWith("text", "just text, not an array".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> Npz.read(file)).isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("'text' is not an NPY array");
    }

    @Test
    void read_unknownVersion_isRefused() throws IOException {
        Path file = npzWith("v9", npy(9, "{'descr': '<i4', 'fortran_order': False, 'shape': (4,), }", FOUR_INTS));

        assertThatThrownBy(() -> Npz.read(file)).isInstanceOf(NpzArrayException.class)
                .hasMessageContaining("version 9.0");
    }

    @Test
    void read_versions2And3_areAccepted() throws IOException {
        String header = "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 2), }";
        NpyArray expected = NpyArray.ofInt32(new int[] {2, 2}, new int[] {1, 2, 3, 4});

        assertThat(Npz.read(npzWith("v2", npy(2, header, FOUR_INTS)))).containsEntry("v2", expected);
        assertThat(Npz.read(npzWith("v3", npy(3, header, FOUR_INTS)))).containsEntry("v3", expected);
    }

    @Test
    void read_truncatedArchive_isRefusedAsNotAZip() throws IOException {
        Path file = dir.resolve("cut.npz");
        LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("a", NpyArray.ofInt32(new int[] {100}, new int[100]));
        Npz.write(file, arrays);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> Npz.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a valid .npz");
    }

    @Test
    void read_entryThatIsNotNpy_isRefused() throws IOException {
        Path file = dir.resolve("odd.npz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(1);
        }

        assertThatThrownBy(() -> Npz.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("'readme.txt'");
    }

    @Test
    void read_missingFile_namesIt() {
        Path file = dir.resolve("absent.npz");

        assertThatThrownBy(() -> Npz.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("does not exist");
    }

    /** An NPY file with the given version and header, padded as numpy does, followed by {@code data}. */
    static byte[] npy(int major, String header, byte[] data) {
        int lengthBytes = major == 1 ? 2 : 4;
        int preamble = 6 + 2 + lengthBytes;
        int padded = (preamble + header.length() + 1 + 63) / 64 * 64;
        String text = header + " ".repeat(padded - preamble - header.length() - 1) + "\n";
        ByteBuffer out = ByteBuffer.allocate(padded + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            out.putShort((short) text.length());
        } else {
            out.putInt(text.length());
        }
        out.put(text.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        return out.array();
    }

    private Path npzWith(String key, byte[] npyBytes) throws IOException {
        Path file = dir.resolve(key + ".npz");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(key + ".npy"));
            zip.write(npyBytes);
            zip.closeEntry();
        }
        return file;
    }

    private static byte[] littleEndianInts(int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int value : values) {
            buffer.putInt(value);
        }
        return buffer.array();
    }
}
