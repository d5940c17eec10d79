package snapfit.vision;

/** Loads the OpenCV native library once per JVM, on first use, thread-safely (lazy holder idiom). */
final class OpenCv {

    private OpenCv() {
    }

    private static final class Holder {
        static {
            nu.pattern.OpenCV.loadLocally();
        }

        static void touch() {
            // Calling this runs the static initialiser above exactly once.
        }
    }

    static void ensureLoaded() {
        Holder.touch();
    }
}
