package snapfit.synth;

/**
 * Deterministic noise addressed by pixel position, so that any part of an image can be rendered in
 * any order, on any thread, with the same result. Value noise: random values on a square lattice,
 * interpolated bilinearly; the lattice values come from the 64-bit finaliser of MurmurHash3.
 * Immutable and thread-safe.
 */
final class NoiseField {

    private final long seed;
    private final int cellPx;

    /** Noise that varies over about {@code cellPx} pixels. */
    NoiseField(long seed, int cellPx) {
        if (cellPx < 1) {
            throw new IllegalArgumentException("noise cell " + cellPx + " px must be at least 1 px");
        }
        this.seed = seed;
        this.cellPx = cellPx;
    }

    /** The smooth noise, in [-1, 1], of pixels (0, y) to (out.length - 1, y). */
    void row(int y, double[] out) {
        int gy = Math.floorDiv(y, cellPx);
        double fy = (double) (y - gy * cellPx) / cellPx;
        double left = lattice(0, gy) + fy * (lattice(0, gy + 1) - lattice(0, gy));
        for (int gx = 0; gx * cellPx < out.length; gx++) {
            double right = lattice(gx + 1, gy) + fy * (lattice(gx + 1, gy + 1) - lattice(gx + 1, gy));
            int end = Math.min(out.length, (gx + 1) * cellPx);
            for (int x = gx * cellPx; x < end; x++) {
                out[x] = left + (right - left) * (x - gx * cellPx) / cellPx;
            }
            left = right;
        }
    }

    private double lattice(int gx, int gy) {
        return (hash(seed, gx, gy) >>> 11) * 0x1.0p-52 - 1;
    }

    /** MurmurHash3's fmix64 of the seed and position: every bit depends on every input bit. */
    static long hash(long seed, int x, int y) {
        long h = seed + x * 0x9E3779B97F4A7C15L + y * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        // xorshift needs a non-zero state; zero is one hash in 2^64.
        return h == 0 ? 1 : h;
    }
}
