package snapfit.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import snapfit.analysis.ImageFiles;
import snapfit.model.InputFileException;
import snapfit.model.SheetRecord;

/**
 * Sheet photos, found by their {@code img_path} below the data root and read with {@link ImageFiles}. A path
 * that leads outside the data root (by {@code ..}, an absolute path or a symbolic link, in an edited cache) is
 * refused like a missing photo. The last {@value #KEPT} photos stay decoded: a page of pieces asks for the pieces
 * of the same few sheets in turn, and decoding a 12 MP photo takes about half a second. Thread-safe.
 */
final class SheetPhotos {

    private static final int KEPT = 3;

    private final Path dataRoot;
    private final Map<String, BufferedImage> decoded = new LinkedHashMap<>(8, 0.75f, true);

    SheetPhotos(Path dataRoot) {
        this.dataRoot = dataRoot.toAbsolutePath().normalize();
    }

    BufferedImage photo(SheetRecord sheet) {
        synchronized (decoded) {
            BufferedImage kept = decoded.get(sheet.sheetId());
            if (kept != null) {
                return kept;
            }
        }
        BufferedImage photo;
        try {
            photo = ImageFiles.read(fileOf(sheet));
        } catch (InputFileException e) {
            throw ApiError.notFound(e.getMessage(), "ingest the sheet's photo again, or replace the file with it");
        }
        synchronized (decoded) {
            decoded.put(sheet.sheetId(), photo);
            if (decoded.size() > KEPT) {
                decoded.remove(decoded.keySet().iterator().next());
            }
        }
        return photo;
    }

    /** The photo's file, which exists and lies inside the data root once links are followed. */
    private Path fileOf(SheetRecord sheet) {
        Path file = dataRoot.resolve(sheet.imgPath()).normalize();
        try {
            if (file.startsWith(dataRoot) && Files.isRegularFile(file)
                    && file.toRealPath().startsWith(dataRoot.toRealPath())) {
                return file;
            }
        } catch (IOException e) {
            // Unreadable: answered below like a missing photo.
        }
        throw ApiError.notFound("the photo '" + sheet.imgPath() + "' of sheet '" + sheet.sheetId()
                + "' is not a file inside the data root " + dataRoot,
                "start `snapfit serve` with --data-root set to the folder that img_path is relative to");
    }
}
