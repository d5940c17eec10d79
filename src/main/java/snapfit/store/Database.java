package snapfit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import snapfit.model.InputFileException;
import snapfit.model.SnapfitException;

/**
 * One SQLite connection to {@code dataset.db} and the only place that touches it directly: work
 * runs inside {@link #read} or {@link #write} callbacks, and every {@link SQLException} leaves as a
 * {@link SnapfitException} naming the file. Not thread-safe.
 */
final class Database implements AutoCloseable {

    /** Reads map the file instead of copying pages through system calls: random lookups get several times faster. */
    private static final long MMAP_BYTES = 1L << 30;

    /** The first 16 bytes of every SQLite 3 database file. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Work on the connection; may throw {@link SQLException}, which the caller translates. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens the database with WAL journaling, NORMAL synchronous mode and a busy timeout; creates it in its
     * existing folder when {@code create}, else refuses a missing file (SQLite itself does not create it, so a
     * file deleted meanwhile is not made anew).
     */
    static Database open(Path file, StoreConfig config, boolean create) {
        requireSqliteOrAbsent(file);
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new InputFileException(file, "cannot be opened: its folder " + folder + " does not exist;"
                    + " create the folder or choose an existing one");
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setBusyTimeout(config.busyTimeoutMillis());
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (!create) {
            sqlite.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        Connection connection;
        try {
            connection = sqlite.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            if (!create && !Files.exists(file)) {
                throw new InputFileException(file, "does not exist; run `snapfit ingest` to create it", e);
            }
            throw failure(file, "opening", e);
        }
        Database database = new Database(file, connection);
        try {
            database.read(c -> {
                try (Statement statement = c.createStatement()) {
                    String mode = queryText(statement, "PRAGMA journal_mode = WAL");
                    if (!mode.equalsIgnoreCase("wal")) {
                        throw new InputFileException(file, "cannot use write-ahead logging (journal mode stays "
                                + mode + "); put the cache folder on a local disk");
                    }
                    statement.execute("PRAGMA synchronous = NORMAL");
                    statement.execute("PRAGMA foreign_keys = ON");
                    statement.execute("PRAGMA threads = 2");
                    statement.execute("PRAGMA mmap_size = " + MMAP_BYTES);
                    statement.execute("PRAGMA cache_size = -" + config.cacheMebibytes() * 1024);
                }
                return null;
            });
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    Path file() {
        return file;
    }

    /** Runs {@code work} outside an explicit transaction; each statement sees a consistent snapshot. */
    <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(file, "reading", e);
        }
    }

    /**
     * Runs {@code work} in one write transaction (BEGIN IMMEDIATE): all of it is stored, or none.
     *
     * <p>sqlite-jdbc runs BEGIN when auto-commit is switched off and COMMIT when it is switched back
     * on; its {@code commit()} and {@code rollback()} would also begin the next transaction at once,
     * taking the write lock again, so they are not used.
     */
    <T> T write(Work<T> work) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            SnapfitException failure = failure(file, "starting a transaction", e);
            leaveTransactionMode();
            throw failure;
        }
        T result;
        try {
            result = work.run(connection);
        } catch (SQLException e) {
            SnapfitException failure = failure(file, "writing", e);
            rollback(failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure(file, "committing", e);
        }
        return result;
    }

    private void rollback(Throwable primary) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
        leaveTransactionMode();
    }

    /** Returns the driver to auto-commit mode after the transaction ended or never began. */
    private void leaveTransactionMode() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // Expected: the driver's COMMIT finds no open transaction, which is the state wanted.
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(file, "closing", e);
        }
    }

    static String queryText(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    static long queryLong(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** The user-facing error for a failed SQLite call: file problems name the fix, anything else is our bug. */
    static SnapfitException failure(Path file, String action, SQLException e) {
        int primaryCode = e.getErrorCode() & 0xFF;
        String detail = " (" + e.getMessage() + ")";
        return switch (primaryCode) {
            case 5, 6 -> new InputFileException(file, action + " failed: the database is locked by another process"
                    + " (another snapfit command or a sqlite3 shell); close it and retry" + detail, e);
            case 26 -> new InputFileException(file, "is not a SQLite database" + detail
                    + "; choose another cache folder or delete the file", e);
            case 11 -> new InputFileException(file, "is corrupt" + detail
                    + "; delete it and re-run `snapfit ingest` and `snapfit match`", e);
            case 13 -> new InputFileException(file, action + " failed: the disk is full" + detail, e);
            case 3, 8, 10, 14, 23 -> new InputFileException(file, action + " failed" + detail
                    + "; check that the file and its folder are readable and writable", e);
            default -> new SnapfitException(file + ": " + action + " failed: " + e.getMessage(), e);
        };
    }

    private static void requireSqliteOrAbsent(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputFileException(file, "is a folder, not a database file; pass the path of dataset.db");
        }
        if (!Files.exists(file)) {
            return;
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new InputFileException(file, "cannot be read (" + e + "); check its permissions", e);
        }
        if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
            throw new InputFileException(file, "is not a SQLite database (it does not start with 'SQLite format 3');"
                    + " choose another cache folder or delete the file");
        }
    }
}
