package snapfit.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The NPY file format, following numpy's {@code numpy/lib/format.py} description: the magic
 * {@code \x93NUMPY}, a version, the header length, a Python dict literal with {@code descr},
 * {@code fortran_order} and {@code shape}, padded so the data starts at a multiple of 64 bytes, then
 * the raw elements. Writes version 1.0; reads 1.0, 2.0 and 3.0, but only little-endian int32, float32
 * and float64 in C order. Problems are reported as {@link IllegalArgumentException}s saying what to
 * change; the caller adds the file and array name.
 */
final class NpyFormat {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;
    private static final Set<String> HEADER_KEYS = Set.of("descr", "fortran_order", "shape");

    private NpyFormat() {
    }

    /** The whole NPY file for {@code array}. */
    static byte[] write(NpyArray array) {
        byte[] header = header(array);
        ByteBuffer out = ByteBuffer.allocate(header.length + array.dataBytes());
        out.put(header);
        array.writeLittleEndian(out);
        return out.array();
    }

    /** What an NPY file's header says: element type, shape, and where the data starts. */
    record Header(NpyDtype dtype, int[] shape, int dataOffset) {

        long dataBytes() {
            return (long) NpyArray.elementCount(shape) * dtype.itemBytes();
        }
    }

    /** Decodes one NPY file. */
    static NpyArray read(byte[] file) {
        Header header = readHeader(file);
        long remaining = file.length - header.dataOffset();
        if (remaining != header.dataBytes()) {
            throw new IllegalArgumentException((remaining < header.dataBytes() ? "is truncated: " : "has extra bytes: ")
                    + "shape " + Arrays.toString(header.shape()) + " of " + header.dtype().descr() + " needs "
                    + header.dataBytes() + " data bytes but " + remaining + " follow the header");
        }
        ByteBuffer data = ByteBuffer.wrap(file, header.dataOffset(), (int) remaining);
        return NpyArray.fromLittleEndian(header.dtype(), header.shape(), data);
    }

    /** Decodes the header at the start of {@code start}, which may hold the whole file or only its first bytes. */
    static Header readHeader(byte[] start) {
        ByteBuffer in = ByteBuffer.wrap(start).order(ByteOrder.LITTLE_ENDIAN);
        if (start.length < MAGIC.length + 4 || !Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalArgumentException("is not an NPY array: it does not start with \\x93NUMPY");
        }
        in.position(MAGIC.length);
        int major = in.get();
        int minor = in.get();
        long headerLength = switch (major) {
            case 1 -> Short.toUnsignedInt(in.getShort());
            case 2, 3 -> in.remaining() < 4 ? Long.MAX_VALUE : Integer.toUnsignedLong(in.getInt());
            default -> throw new IllegalArgumentException("has NPY format version " + major + "." + minor
                    + ": only 1.0, 2.0 and 3.0 are read; save it again with numpy.savez");
        };
        if (headerLength > in.remaining()) {
            throw new IllegalArgumentException("is truncated: its header is cut off");
        }
        String headerText = new String(start, in.position(), (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Map<String, Object> header = PythonLiteral.parseDict(headerText);
        if (!header.keySet().equals(HEADER_KEYS)) {
            throw new IllegalArgumentException("has header keys " + header.keySet()
                    + ": expected exactly descr, fortran_order and shape");
        }
        NpyDtype dtype = dtype(header.get("descr"));
        requireCOrder(header.get("fortran_order"));
        return new Header(dtype, shape(header.get("shape")), in.position() + (int) headerLength);
    }

    private static byte[] header(NpyArray array) {
        int[] shape = array.shape();
        StringBuilder tuple = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            tuple.append(i > 0 ? ", " : "").append(shape[i]);
        }
        tuple.append(shape.length == 1 ? ",)" : ")");
        String dict = "{'descr': '" + array.dtype().descr() + "', 'fortran_order': False, 'shape': " + tuple + ", }";
        int preamble = MAGIC.length + 2 + 2;
        int padded = (preamble + dict.length() + 1 + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        String text = dict + " ".repeat(padded - preamble - dict.length() - 1) + "\n";
        ByteBuffer header = ByteBuffer.allocate(padded).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length());
        header.put(text.getBytes(StandardCharsets.ISO_8859_1));
        return header.array();
    }

    private static NpyDtype dtype(Object descr) {
        if (!(descr instanceof String name)) {
            throw new IllegalArgumentException("has a structured dtype " + descr
                    + ": only plain <i4, <f4 and <f8 arrays are read");
        }
        if (name.contains("O")) {
            throw new IllegalArgumentException("holds pickled Python objects (dtype '" + name
                    + "'), which are never loaded (like numpy.load(allow_pickle=False)); save a numeric array");
        }
        if (name.startsWith(">")) {
            throw new IllegalArgumentException("is big-endian (dtype '" + name
                    + "'); save it little-endian, e.g. arr.astype('<" + name.substring(1) + "')");
        }
        return NpyDtype.ofDescr(name).orElseThrow(() -> new IllegalArgumentException("has dtype '" + name
                + "': only <i4 (int32), <f4 (float32) and <f8 (float64) are read; convert it with arr.astype"));
    }

    private static void requireCOrder(Object fortranOrder) {
        if (Boolean.TRUE.equals(fortranOrder)) {
            throw new IllegalArgumentException(
                    "is stored in Fortran order; save numpy.ascontiguousarray(arr) instead");
        }
        if (!Boolean.FALSE.equals(fortranOrder)) {
            throw new IllegalArgumentException("has fortran_order " + fortranOrder + ": expected False");
        }
    }

    private static int[] shape(Object shape) {
        if (!(shape instanceof List<?> lengths)) {
            throw new IllegalArgumentException("has shape " + shape + ": expected a tuple of lengths");
        }
        int[] result = new int[lengths.size()];
        for (int i = 0; i < result.length; i++) {
            if (!(lengths.get(i) instanceof Long length) || length < 0 || length > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("has shape " + shape + ": lengths must be whole numbers >= 0");
            }
            result[i] = length.intValue();
        }
        NpyArray.elementCount(result);
        return result;
    }
}
