package snapfit.model;

/**
 * The base of every error snap-fit reports on purpose. Messages name the offending input, what was
 * expected and the probable fix, so that the command line can print them as they are.
 */
public class SnapfitException extends RuntimeException {

    public SnapfitException(String message) {
        super(message);
    }

    public SnapfitException(String message, Throwable cause) {
        super(message, cause);
    }
}
