package snapfit.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.SheetRecord;

/**
 * The content of {@code metadata.json}: every ingested sheet and every piece found on them. Sheet
 * and piece ids are unique and every piece's sheet is listed.
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

    /** The pieces of one sheet, in the order they are listed. */
    public List<PieceRecord> piecesOf(String sheetId) {
        return pieces.stream().filter(piece -> piece.pieceId().sheetId().equals(sheetId)).toList();
    }
}
