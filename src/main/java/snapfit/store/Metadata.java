package snapfit.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SheetRecord;

/**
 * The content of {@code metadata.json}: every ingested sheet and every piece found on them. Sheet
 * and piece ids are unique, every piece's sheet is listed, and every {@code img_path} is relative and
 * stays inside the data root (checked wherever a cache is read, so a copied cache cannot point elsewhere).
 */
public record Metadata(
        @JsonProperty("sheets") List<SheetRecord> sheets,
        @JsonProperty("pieces") List<PieceRecord> pieces) {

    public Metadata {
        sheets = List.copyOf(Objects.requireNonNull(sheets, "sheets"));
        pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces"));
        Set<String> sheetIds = new HashSet<>();
        for (SheetRecord sheet : sheets) {
            if (!sheetIds.add(sheet.sheetId())) {
                throw new IllegalArgumentException("sheet '" + sheet.sheetId() + "' is listed twice: ids must be unique");
            }
            requireInsideDataRoot(sheet);
        }
        Set<PieceId> pieceIds = new HashSet<>();
        for (PieceRecord piece : pieces) {
            if (!pieceIds.add(piece.pieceId())) {
                throw new IllegalArgumentException("piece " + piece.pieceId() + " is listed twice: ids must be unique");
            }
            if (!sheetIds.contains(piece.pieceId().sheetId())) {
                throw new IllegalArgumentException("piece " + piece.pieceId() + " belongs to sheet '"
                        + piece.pieceId().sheetId() + "', which is not among the sheets: add its SheetRecord");
            }
        }
    }

    /**
     * A photo path that is absolute or climbs with {@code ..} would let a cache copied from elsewhere make
     * snapfit read (or show) any file on this machine; ingestion only ever writes paths below the data root.
     */
    private static void requireInsideDataRoot(SheetRecord sheet) {
        String path = sheet.imgPath().replace('\\', '/');
        boolean absolute = path.startsWith("/") || path.matches("^[A-Za-z]:.*");
        boolean climbs = Arrays.asList(path.split("/")).contains("..");
        if (path.isEmpty() || absolute || climbs) {
            throw new IllegalArgumentException("sheet '" + sheet.sheetId() + "' has img_path '" + sheet.imgPath()
                    + "', which is not a path inside the data root: it must be relative, without '..'; re-run"
                    + " `snapfit ingest` to re-create the cache");
        }
    }

    /** The pieces of one sheet, in the order they are listed. */
    public List<PieceRecord> piecesOf(String sheetId) {
        return pieces.stream().filter(piece -> piece.pieceId().sheetId().equals(sheetId)).toList();
    }
}
