package snapfit.model;

import java.util.List;

/**
 * The injection key that lets a record field be absent from a JSON file while every other field must be there:
 * the store's strict reader fails on any missing constructor field, except those annotated
 * {@code @JacksonInject(value = OptionalField.KEY, useInput = OptBoolean.TRUE)} with a key of their own (Jackson
 * refuses one key for two fields of a class), for which it injects null when the file has none. Used for the
 * fields beyond the seed's format that older files lack.
 */
public final class OptionalField {

    public static final String SHEET_METADATA = "absent.sheet.metadata";
    public static final String SHEET_BOARD = "absent.sheet.board";
    public static final String PIECE_LABEL = "absent.piece.label";
    /** Every key above, for the reader to inject null for. */
    public static final List<String> KEYS = List.of(SHEET_METADATA, SHEET_BOARD, PIECE_LABEL);

    private OptionalField() {
    }
}
