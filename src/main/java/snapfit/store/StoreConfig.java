package snapfit.store;

/**
 * Connection settings for {@link MatchStore}.
 *
 * @param busyTimeoutMillis how long to wait for another process's lock before failing, in
 *                          milliseconds; 5000 by default
 * @param cacheMebibytes    SQLite page cache per connection, in MiB; 64 by default, enough to keep
 *                          the hot part of a 4.5M-match database in memory while writing
 */
public record StoreConfig(int busyTimeoutMillis, int cacheMebibytes) {

    public static final StoreConfig DEFAULT = new StoreConfig(5000, 64);

    public StoreConfig {
        if (busyTimeoutMillis < 0) {
            throw new IllegalArgumentException("busyTimeoutMillis is " + busyTimeoutMillis + ": it must be >= 0");
        }
        if (cacheMebibytes < 1) {
            throw new IllegalArgumentException("cacheMebibytes is " + cacheMebibytes + ": it must be >= 1");
        }
    }
}
