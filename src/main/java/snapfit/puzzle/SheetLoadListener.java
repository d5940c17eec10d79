package snapfit.puzzle;


/**
 * Progress of {@link SheetManager#addFolder}: called once per photo, on the calling thread, in file-name order,
 * with {@code done} counting from 1 to {@code total}. The command line prints it to stderr.
 */
public interface SheetLoadListener {

    /** A listener that ignores every event. */
    SheetLoadListener NONE = new SheetLoadListener() {
    };

    /** The photo became {@code sheet} and was added. */
    default void sheetLoaded(int done, int total, Sheet sheet) {
    }

    /** The photo was skipped for the reason in {@code failure}. */
    default void sheetFailed(int done, int total, SheetFailure failure) {
    }
}
