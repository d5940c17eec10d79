package snapfit.vision;

/** Loads the OpenCV native library once per JVM, on first use, thread-safely (lazy holder idiom). */
final class OpenCv {

    private OpenCv() {
    }

    private static final class Holder {
        static final boolean LOADED = load();

        private static boolean load() {
            nu.pattern.OpenCV.loadLocally();
            return true;
        }
    }

    static void ensureLoaded() {
        if (!Holder.LOADED) {
            throw new IllegalStateException("OpenCV native library did not load");
        }
    }
}
