package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written here load in numpy and files numpy writes load here; skipped without Debian's numpy. */
class NpzNumpyInteropTest {

    @TempDir
    Path dir;

    @BeforeEach
    void requireNumpy() {
        DebianNumpy.assumeAvailable();
    }

    @Test
    void write_contourArrays_loadInNumpyWithKeysShapesDtypesAndValues() {
        Path file = dir.resolve("back 03's_contours.npz");
        LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("contour_back_03:0", NpyArray.ofInt32(new int[] {4, 1, 2}, new int[] {10, 20, 10, 520, 505, 518, -3, 22}));
        arrays.put("contour_back_03:11", NpyArray.ofInt32(new int[] {5, 1, 2}, new int[] {0, 0, 0, 9, 9, 9, 9, 0, 4, 2}));
        arrays.put("f32", NpyArray.ofFloat32(new int[] {3}, new float[] {0.1f, -2.5f, 1e-20f}));
        arrays.put("f64", NpyArray.ofFloat64(new int[] {1, 2}, new double[] {Math.E, -0.0}));
        Npz.write(file, arrays);

        String output = DebianNumpy.run("""
                import sys, numpy as np
                with np.load(sys.argv[1], allow_pickle=False) as npz:
                    for key in npz.files:
                        a = npz[key]
                        print(key, a.dtype.str, a.shape, a.flags['C_CONTIGUOUS'], a.ravel().tolist())
                """, file.toString());

        assertThat(output.lines()).containsExactly(
                "contour_back_03:0 <i4 (4, 1, 2) True [10, 20, 10, 520, 505, 518, -3, 22]",
                "contour_back_03:11 <i4 (5, 1, 2) True [0, 0, 0, 9, 9, 9, 9, 0, 4, 2]",
                "f32 <f4 (3,) True [0.10000000149011612, -2.5, 9.999999682655225e-21]",
                "f64 <f8 (1, 2) True [2.718281828459045, -0.0]");
    }

    @Test
    void read_numpySavez_returnsArrays() {
        Path file = dir.resolve("from_numpy.npz");
        DebianNumpy.run("""
                import sys, numpy as np
                contour = np.array([[[1, 2]], [[3, 4]], [[5, 6]], [[7, 8]]], dtype=np.int32)
                np.savez(sys.argv[1], **{"contour_s:3": contour,
                                         "grid": np.arange(6, dtype='<f8').reshape(2, 3) / 4,
                                         "vector": np.array([0.5, 2], dtype=np.float32),
                                         "scalar": np.int32(-7)})
                """, file.toString());

        Map<String, NpyArray> arrays = Npz.read(file);

        assertThat(arrays.keySet()).containsExactly("contour_s:3", "grid", "vector", "scalar");
        assertThat(arrays.get("contour_s:3")).isEqualTo(NpyArray.ofInt32(new int[] {4, 1, 2}, new int[] {1, 2, 3, 4, 5, 6, 7, 8}));
        assertThat(arrays.get("grid")).isEqualTo(NpyArray.ofFloat64(new int[] {2, 3}, new double[] {0, 0.25, 0.5, 0.75, 1, 1.25}));
        assertThat(arrays.get("vector")).isEqualTo(NpyArray.ofFloat32(new int[] {2}, new float[] {0.5f, 2}));
        assertThat(arrays.get("scalar")).isEqualTo(NpyArray.ofInt32(new int[] {}, new int[] {-7}));
    }

    @Test
    void read_numpySavezCompressed_returnsArrays() {
        Path file = dir.resolve("compressed.npz");
        DebianNumpy.run("""
                import sys, numpy as np
                np.savez_compressed(sys.argv[1], big=np.arange(10000, dtype=np.int32))
                """, file.toString());

        int[] values = Npz.read(file).get("big").toIntArray();

        assertThat(values).hasSize(10000);
        assertThat(values[9999]).isEqualTo(9999);
    }
}
