package snapfit.model;

/** The rule every sheet id obeys, so that ids are safe as file names and inside id strings. */
final class SheetIds {

    private SheetIds() {
    }

    /**
     * A sheet id is the photo's file name without extension: not empty, no {@code :} (it separates
     * the parts of id strings), no path separators or control characters, and not {@code .} or
     * {@code ..}, so that {@code contours/{sheet_id}_contours.npz} never leaves the cache folder.
     */
    static void requireValid(String sheetId) {
        if (sheetId == null || sheetId.isEmpty()) {
            throw new IllegalArgumentException("sheet id is empty: it is the photo's file name without extension");
        }
        if (sheetId.equals(".") || sheetId.equals("..")) {
            throw new IllegalArgumentException("sheet id '" + sheetId + "' is not allowed: rename the photo");
        }
        for (int i = 0; i < sheetId.length(); i++) {
            char c = sheetId.charAt(i);
            if (c == ':' || c == '/' || c == '\\' || Character.isISOControl(c)) {
                throw new IllegalArgumentException("sheet id '" + sheetId + "' contains '" + printable(c)
                        + "': sheet ids may not contain ':', '/', '\\' or control characters; rename the photo");
            }
        }
    }

    private static String printable(char c) {
        return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
