package snapfit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import snapfit.model.InputFileException;

/**
 * Reads and writes {@code .npz} files the way {@code numpy.savez} lays them out: a zip archive with
 * one uncompressed {@code KEY.npy} entry per array, so {@code numpy.load(file)[KEY]} returns it.
 * Reading also accepts compressed entries ({@code numpy.savez_compressed}). See {@link NpyFormat}
 * for which arrays are read.
 */
public final class Npz {

    private static final String SUFFIX = ".npy";
    /** A fixed entry time keeps the bytes of a file a function of its arrays alone. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    /** Holds any NPY header numpy writes for a plain array (its headers are 128 bytes up to 9 dimensions). */
    private static final int HEADER_PREFIX_BYTES = 4096;

    private Npz() {
    }

    /**
     * Replaces {@code file} atomically with the arrays, in the map's order.
     *
     * @throws IllegalArgumentException for an empty key
     */
    public static void write(Path file, LinkedHashMap<String, NpyArray> arrays) {
        arrays.keySet().forEach(key -> {
            if (key.isEmpty()) {
                throw new IllegalArgumentException("array key is empty: numpy.load could not name it");
            }
        });
        AtomicFile.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, NpyArray> entry : arrays.entrySet()) {
                    writeEntry(zip, entry.getKey() + SUFFIX, NpyFormat.write(entry.getValue()));
                }
            }
        });
    }

    /**
     * Reads every array of {@code file}, in the archive's order.
     *
     * @throws InputFileException when the file is missing or not a zip archive, or an
     *     {@link NpzArrayException} naming the array that is not a readable NPY array
     */
    public static Map<String, NpyArray> read(Path file) {
        return readEntries(file, (key, zip, entry) -> readEntry(file, key, zip, entry));
    }

    /**
     * The header of every array of {@code file}, in the archive's order, without reading the arrays: the zip's
     * central directory and each array's first bytes. Catches a truncated or foreign file and arrays of the wrong
     * name, type, shape or length, not flipped bits inside the data (which {@link #read} finds).
     *
     * @throws InputFileException as {@link #read} does
     */
    static Map<String, NpyFormat.Header> readHeaders(Path file) {
        return readEntries(file, (key, zip, entry) -> {
            NpyFormat.Header header;
            try (InputStream in = zip.getInputStream(entry)) {
                header = NpyFormat.readHeader(in.readNBytes(HEADER_PREFIX_BYTES));
            } catch (IllegalArgumentException e) {
                throw new NpzArrayException(file, key, e.getMessage(), e);
            }
            if (entry.getSize() >= 0 && entry.getSize() != header.dataOffset() + header.dataBytes()) {
                throw new NpzArrayException(file, key, "has " + entry.getSize() + " bytes but its header asks for "
                        + (header.dataOffset() + header.dataBytes()) + "; re-run `snapfit ingest` to re-create the file");
            }
            return header;
        });
    }

    /** Reads one entry of an open archive. */
    @FunctionalInterface
    private interface EntryReader<T> {
        T read(String key, ZipFile zip, ZipEntry entry) throws IOException;
    }

    private static <T> Map<String, T> readEntries(Path file, EntryReader<T> reader) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(file, "does not exist or is not a file; re-run `snapfit ingest` to create it");
        }
        Map<String, T> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list((Enumeration<? extends ZipEntry>) zip.entries())) {
                String key = arrayKey(file, entry.getName());
                entries.put(key, reader.read(key, zip, entry));
            }
        } catch (ZipException e) {
            throw new InputFileException(file, "is not a valid .npz (zip) archive (" + e.getMessage()
                    + "); it may be truncated: re-run `snapfit ingest` to re-create it", e);
        } catch (IOException e) {
            throw new InputFileException(file, "cannot be read (" + e + "); check its permissions", e);
        }
        return Collections.unmodifiableMap(entries);
    }

    private static void writeEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String arrayKey(Path file, String entryName) {
        if (!entryName.endsWith(SUFFIX) || entryName.length() == SUFFIX.length()) {
            throw new InputFileException(file, "holds entry '" + entryName
                    + "', which is not an array: an .npz file holds only KEY.npy entries");
        }
        return entryName.substring(0, entryName.length() - SUFFIX.length());
    }

    private static NpyArray readEntry(Path file, String key, ZipFile zip, ZipEntry entry) throws IOException {
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readAllBytes();
        } catch (ZipException e) {
            throw new NpzArrayException(file, key, "is corrupt (" + e.getMessage()
                    + "); re-run `snapfit ingest` to re-create the file", e);
        }
        // The JDK checks the CRC of compressed entries only; numpy.savez stores them uncompressed.
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
            throw new NpzArrayException(file, key, "is corrupt: its bytes do not match the CRC-32 the archive"
                    + " records; re-run `snapfit ingest` to re-create the file");
        }
        try {
            return NpyFormat.read(bytes);
        } catch (IllegalArgumentException e) {
            throw new NpzArrayException(file, key, e.getMessage(), e);
        }
    }
}
