package snapfit.vision;

/**
 * Loads the OpenCV native library once per JVM, on first use, thread-safely (lazy holder idiom), and keeps
 * OpenCV to the calling thread: snap-fit runs one photo per core ({@link snapfit.puzzle.SheetManager}), and
 * OpenCV's own worker threads, spinning while they wait, made ingesting 10 sheets on 2 cores cost 0.25-0.27 s
 * of CPU and 0.13-0.15 s of wall time per sheet, against 0.15-0.18 s and 0.085-0.092 s on one thread each.
 */
final class OpenCv {

    private OpenCv() {
    }

    private static final class Holder {
        static {
            nu.pattern.OpenCV.loadLocally();
            org.opencv.core.Core.setNumThreads(1);
        }

        static void touch() {
            // Calling this runs the static initialiser above exactly once.
        }
    }

    static void ensureLoaded() {
        Holder.touch();
    }
}
