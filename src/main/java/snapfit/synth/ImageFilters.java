package snapfit.synth;

import java.util.Arrays;

/**
 * Separable blurs on row-major pixel arrays with edges clamped: a box blur for masks and a 5-tap
 * binomial blur (1 4 6 4 1)/16, close to a Gaussian of sigma 1 px, for lens softness. Vertical
 * passes walk whole rows at a time so that they read memory in order.
 */
final class ImageFilters {

    private static final int TAPS = 5;

    private ImageFilters() {
    }

    /** Box-blurs an unsigned-byte mask in place, {@code passes} times; two passes give a tent profile. */
    static void boxBlur(byte[] mask, int width, int height, int radius, int passes) {
        int window = 2 * radius + 1;
        // (sum * reciprocal) >> 16 is sum / window, truncated, for sums up to 255 * window, without a division.
        int reciprocal = (65536 + window - 1) / window;
        int[] padded = new int[width + 2 * radius + 1];
        int[] sums = new int[width];
        byte[] scratch = new byte[mask.length];
        for (int pass = 0; pass < passes; pass++) {
            for (int y = 0; y < height; y++) {
                int base = y * width;
                for (int k = 0; k < padded.length; k++) {
                    padded[k] = mask[base + clamp(k - radius, width)] & 0xFF;
                }
                int sum = 0;
                for (int k = 0; k < window; k++) {
                    sum += padded[k];
                }
                for (int x = 0; x < width; x++) {
                    scratch[base + x] = (byte) (sum * reciprocal >> 16);
                    sum += padded[x + window] - padded[x];
                }
            }
            Arrays.fill(sums, 0);
            for (int k = -radius; k <= radius; k++) {
                int base = clamp(k, height) * width;
                for (int x = 0; x < width; x++) {
                    sums[x] += scratch[base + x] & 0xFF;
                }
            }
            for (int y = 0; y < height; y++) {
                int base = y * width;
                int entering = clamp(y + radius + 1, height) * width;
                int leaving = clamp(y - radius, height) * width;
                for (int x = 0; x < width; x++) {
                    mask[base + x] = (byte) (sums[x] * reciprocal >> 16);
                    sums[x] += (scratch[entering + x] & 0xFF) - (scratch[leaving + x] & 0xFF);
                }
            }
        }
    }

    /**
     * Blurs interleaved 8-bit samples in place with the binomial kernel: {@code channels} samples per
     * pixel (3 for BGR), {@code width} pixels per row. Each row is blurred across once, kept unrounded,
     * and the five rows around each output row are then combined down.
     */
    static void binomialBlur(byte[] samples, int width, int height, int channels) {
        int rowLength = width * channels;
        int[][] across = new int[TAPS][rowLength];
        int[] padded = new int[rowLength + 4 * channels];
        for (int k = 0; k < TAPS; k++) {
            blurAcross(samples, clamp(k - 2, height), width, channels, padded, across[k]);
        }
        for (int y = 0; y < height; y++) {
            int base = y * rowLength;
            for (int i = 0; i < rowLength; i++) {
                int sum = across[0][i] + 4 * (across[1][i] + across[3][i]) + 6 * across[2][i] + across[4][i];
                samples[base + i] = (byte) ((sum + 128) >> 8);
            }
            // Slide the window down a row; row y + 3 has not been written yet, so it is still the original.
            int[] oldest = across[0];
            System.arraycopy(across, 1, across, 0, TAPS - 1);
            across[TAPS - 1] = oldest;
            blurAcross(samples, clamp(y + 3, height), width, channels, padded, oldest);
        }
    }

    private static void blurAcross(byte[] samples, int row, int width, int channels, int[] padded, int[] out) {
        int rowLength = width * channels;
        int base = row * rowLength;
        for (int p = 0; p < width + 4; p++) {
            int from = base + clamp(p - 2, width) * channels;
            for (int c = 0; c < channels; c++) {
                padded[p * channels + c] = samples[from + c] & 0xFF;
            }
        }
        int step = channels;
        for (int i = 0; i < rowLength; i++) {
            out[i] = padded[i] + 4 * (padded[i + step] + padded[i + 3 * step]) + 6 * padded[i + 2 * step]
                    + padded[i + 4 * step];
        }
    }

    private static int clamp(int index, int length) {
        return index < 0 ? 0 : Math.min(index, length - 1);
    }
}
