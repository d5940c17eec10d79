package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzTest {

    @TempDir
    Path dir;

    @Test
    void read_writtenFile_returnsEqualArraysInOrder() {
        Path file = dir.resolve("arrays.npz");
        LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("contour_s:1", NpyArray.ofInt32(new int[] {3, 1, 2}, new int[] {1, -2, 3, 4, Integer.MAX_VALUE, Integer.MIN_VALUE}));
        arrays.put("weights", NpyArray.ofFloat32(new int[] {2, 2}, new float[] {0.5f, -1e-30f, Float.MAX_VALUE, 3}));
        arrays.put("scalar", NpyArray.ofFloat64(new int[] {}, new double[] {Math.PI}));
        arrays.put("empty", NpyArray.ofInt32(new int[] {0, 2}, new int[0]));

        Npz.write(file, arrays);
        Map<String, NpyArray> read = Npz.read(file);

        assertThat(read).containsExactlyEntriesOf(arrays);
        assertThat(read.get("weights").toFloatArray()).containsExactly(0.5f, -1e-30f, Float.MAX_VALUE, 3);
    }

    @Test
    void write_twice_givesIdenticalBytes() throws Exception {
        LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("a", NpyArray.ofInt32(new int[] {2}, new int[] {7, 8}));

        Npz.write(dir.resolve("one.npz"), arrays);
        Npz.write(dir.resolve("two.npz"), arrays);

        assertThat(dir.resolve("one.npz")).hasSameBinaryContentAs(dir.resolve("two.npz"));
    }

    @Test
    void write_emptyKey_isRefused() {
        LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("", NpyArray.ofInt32(new int[] {1}, new int[] {1}));

        assertThatThrownBy(() -> Npz.write(dir.resolve("x.npz"), arrays)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void npyArray_wrongAccessor_saysWhichDtypeItHolds() {
        NpyArray array = NpyArray.ofFloat64(new int[] {1}, new double[] {1});

        assertThatThrownBy(array::toIntArray).isInstanceOf(IllegalStateException.class).hasMessageContaining("<f8");
    }

    @Test
    void npyArray_shapeNotMatchingData_isRefused() {
        assertThatThrownBy(() -> NpyArray.ofInt32(new int[] {2, 2}, new int[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2, 2] holds 4 elements but 3");
    }

    @Test
    void npyArray_dataPassedIn_isCopied() {
        int[] data = {1, 2};
        NpyArray array = NpyArray.ofInt32(new int[] {2}, data);
        data[0] = 99;
        array.toIntArray()[1] = 99;

        assertThat(array.toIntArray()).containsExactly(1, 2);
    }
}
