package snapfit.store;

/** A guided solving session as {@code dataset.db} keeps it: its number and the grid it fills. */
public record GuidedSessionRecord(long sessionId, int rows, int cols) {

    public GuidedSessionRecord {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("session " + sessionId + " has a grid of " + rows + " x " + cols
                    + ": rows and cols must be at least 1");
        }
    }
}
