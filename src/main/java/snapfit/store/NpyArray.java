package snapfit.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional array as numpy stores it: element type, shape and the elements in C order (last
 * index fastest). Immutable: data is copied in and out, never shared.
 */
public final class NpyArray {

    private final NpyDtype dtype;
    private final int[] shape;
    private final int[] ints;
    private final float[] floats;
    private final double[] doubles;

    private NpyArray(NpyDtype dtype, int[] shape, int[] ints, float[] floats, double[] doubles) {
        this.dtype = dtype;
        this.shape = shape;
        this.ints = ints;
        this.floats = floats;
        this.doubles = doubles;
    }

    public static NpyArray ofInt32(int[] shape, int[] data) {
        return new NpyArray(NpyDtype.INT32, checkedShape(shape, data.length), data.clone(), null, null);
    }

    public static NpyArray ofFloat32(int[] shape, float[] data) {
        return new NpyArray(NpyDtype.FLOAT32, checkedShape(shape, data.length), null, data.clone(), null);
    }

    public static NpyArray ofFloat64(int[] shape, double[] data) {
        return new NpyArray(NpyDtype.FLOAT64, checkedShape(shape, data.length), null, null, data.clone());
    }

    /** Decodes {@code size(shape)} little-endian elements from {@code bytes}, which the caller has size-checked. */
    static NpyArray fromLittleEndian(NpyDtype dtype, int[] shape, ByteBuffer bytes) {
        ByteBuffer data = bytes.slice().order(ByteOrder.LITTLE_ENDIAN);
        int count = elementCount(shape);
        return switch (dtype) {
            case INT32 -> {
                int[] values = new int[count];
                data.asIntBuffer().get(values);
                yield new NpyArray(dtype, shape.clone(), values, null, null);
            }
            case FLOAT32 -> {
                float[] values = new float[count];
                data.asFloatBuffer().get(values);
                yield new NpyArray(dtype, shape.clone(), null, values, null);
            }
            case FLOAT64 -> {
                double[] values = new double[count];
                data.asDoubleBuffer().get(values);
                yield new NpyArray(dtype, shape.clone(), null, null, values);
            }
        };
    }

    /** Appends the elements, little-endian, to {@code out}, which must have {@link #dataBytes()} left. */
    void writeLittleEndian(ByteBuffer out) {
        ByteBuffer data = out.slice().order(ByteOrder.LITTLE_ENDIAN);
        switch (dtype) {
            case INT32 -> data.asIntBuffer().put(ints);
            case FLOAT32 -> data.asFloatBuffer().put(floats);
            case FLOAT64 -> data.asDoubleBuffer().put(doubles);
        }
        out.position(out.position() + dataBytes());
    }

    int dataBytes() {
        return size() * dtype.itemBytes();
    }

    public NpyDtype dtype() {
        return dtype;
    }

    /** The length of each dimension, a fresh array; empty for a scalar. */
    public int[] shape() {
        return shape.clone();
    }

    /** The number of elements. */
    public int size() {
        return elementCount(shape);
    }

    /** The elements in C order, a fresh array. */
    public int[] toIntArray() {
        requireDtype(NpyDtype.INT32);
        return ints.clone();
    }

    /** The elements in C order, a fresh array. */
    public float[] toFloatArray() {
        requireDtype(NpyDtype.FLOAT32);
        return floats.clone();
    }

    /** The elements in C order, a fresh array. */
    public double[] toDoubleArray() {
        requireDtype(NpyDtype.FLOAT64);
        return doubles.clone();
    }

    /** The number of elements of an array of {@code shape}, refusing shapes too large for one Java array. */
    static int elementCount(int[] shape) {
        long count = 1;
        for (int length : shape) {
            if (length < 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has a negative length");
            }
            count *= length;
            if (count > Integer.MAX_VALUE / 8) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape)
                        + " has more elements than one Java array can hold");
            }
        }
        return (int) count;
    }

    private static int[] checkedShape(int[] shape, int dataLength) {
        int[] copy = shape.clone();
        int count = elementCount(copy);
        if (count != dataLength) {
            throw new IllegalArgumentException("shape " + Arrays.toString(copy) + " holds " + count
                    + " elements but " + dataLength + " were given");
        }
        return copy;
    }

    private void requireDtype(NpyDtype wanted) {
        if (dtype != wanted) {
            throw new IllegalStateException("array of " + dtype.descr() + " read as " + wanted.descr()
                    + ": check dtype() first");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NpyArray array && dtype == array.dtype && Arrays.equals(shape, array.shape)
                && Arrays.equals(ints, array.ints) && Arrays.equals(floats, array.floats)
                && Arrays.equals(doubles, array.doubles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.hashCode(ints), Arrays.hashCode(floats),
                Arrays.hashCode(doubles));
    }

    @Override
    public String toString() {
        return "NpyArray[" + dtype.descr() + ", shape " + Arrays.toString(shape) + "]";
    }
}
