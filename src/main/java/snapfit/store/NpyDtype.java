package snapfit.store;

import java.util.Optional;

/** The element types the contour cache reads and writes: little-endian, as numpy writes them on every common machine. */
public enum NpyDtype {
    INT32("<i4", 4),
    FLOAT32("<f4", 4),
    FLOAT64("<f8", 8);

    private final String descr;
    private final int itemBytes;

    NpyDtype(String descr, int itemBytes) {
        this.descr = descr;
        this.itemBytes = itemBytes;
    }

    /** numpy's type string, e.g. {@code <i4}. */
    public String descr() {
        return descr;
    }

    public int itemBytes() {
        return itemBytes;
    }

    static Optional<NpyDtype> ofDescr(String descr) {
        for (NpyDtype dtype : values()) {
            if (dtype.descr.equals(descr)) {
                return Optional.of(dtype);
            }
        }
        return Optional.empty();
    }
}
