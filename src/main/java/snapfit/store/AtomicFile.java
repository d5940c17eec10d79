package snapfit.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import snapfit.model.InputFileException;

/**
 * Writes a file so that a reader, or the next run after a crash, sees either the previous content
 * or the complete new content, never a part: the bytes go to a temporary file in the same folder,
 * which is flushed to disk and then renamed over the target in one atomic step.
 */
public final class AtomicFile {

    private static final int BUFFER_BYTES = 1 << 16;

    /** What to write; closing the stream it is given only flushes it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Replaces {@code target} with what {@code content} writes, creating missing parent folders.
     *
     * @throws InputFileException naming the target when the folder or file cannot be written
     */
    public static void write(Path target, Content content) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp;
        try {
            Files.createDirectories(folder);
            // Not Files.createTempFile: it makes the file private (0600), and the rename would keep that.
            temp = Files.createFile(folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        } catch (IOException e) {
            throw new InputFileException(target, "cannot create a file in " + folder + " (" + e
                    + "); check that the folder is writable", e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
                content.writeTo(unclosable(out));
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, target);
            syncFolder(folder);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new InputFileException(target, "writing failed (" + e
                    + "); the previous file, if any, is unchanged; check free disk space and permissions", e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** Writers such as Jackson's close their stream when done; the channel must stay open to be forced. */
    /** Replaces {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target + " cannot rename atomically", e);
        }
    }

    /** Makes the rename itself durable; some platforms cannot open a folder, which only loses durability. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Best effort: the rename is already atomic, only its durability across power loss depends on this.
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The failure being reported matters more; a stray hidden .tmp file is harmless.
        }
    }
}
