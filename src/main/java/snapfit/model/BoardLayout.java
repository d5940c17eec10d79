package snapfit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where everything lies on a marker board, in board units (x right, y down, origin at the board's top-left): the
 * upstream snap_fit board, an OpenCV {@code GridBoard} of 5 x 7 markers of {@code DICT_6X6_250}, marker length 100
 * and separation 100, margin 20, of which only the outer ring is drawn (ids as the grid board numbers them, row
 * by row). Inside the ring: the QR code at the top, then a grid of {@value #SLOT_COLS} x {@value #SLOT_ROWS} slots,
 * columns lettered from A and rows numbered from 1, so slot {@code B3} is the second column's third row. How many
 * millimetres a unit is depends on the pieces the board is made for ({@link BoardSet#mmPerUnit()}).
 */
public final class BoardLayout {

    public static final int MARKER_COLS = 5;
    public static final int MARKER_ROWS = 7;
    public static final int MARKER_LENGTH = 100;
    public static final int MARKER_SEPARATION = 100;
    public static final int MARGIN = 20;
    public static final int WIDTH = 2 * MARGIN + MARKER_COLS * MARKER_LENGTH + (MARKER_COLS - 1) * MARKER_SEPARATION;
    public static final int HEIGHT = 2 * MARGIN + MARKER_ROWS * MARKER_LENGTH + (MARKER_ROWS - 1) * MARKER_SEPARATION;
    /** The coloured inside of the ring: from the markers' inner sides, less a white quiet zone for them. */
    public static final PixelBox INSIDE = new PixelBox(MARGIN + MARKER_LENGTH + 20, MARGIN + MARKER_LENGTH + 20,
            WIDTH - 2 * (MARGIN + MARKER_LENGTH + 20), HEIGHT - 2 * (MARGIN + MARKER_LENGTH + 20));
    /** The QR code with its quiet zone, centred at the top of the inside. */
    public static final PixelBox QR = new PixelBox(WIDTH / 2 - 80, INSIDE.y() + 5, 160, 160);
    public static final int SLOT_COLS = 3;
    public static final int SLOT_ROWS = 4;
    public static final int SLOT_SIZE = 220;
    /** The slots' area: below the QR code, centred across the inside. */
    public static final PixelBox SLOTS = new PixelBox(INSIDE.x() + (INSIDE.width() - SLOT_COLS * SLOT_SIZE) / 2,
            INSIDE.y() + INSIDE.height() - SLOT_ROWS * SLOT_SIZE - 10, SLOT_COLS * SLOT_SIZE, SLOT_ROWS * SLOT_SIZE);

    private BoardLayout() {
    }

    /** The ids of the drawn markers, the outer ring of the grid, in id order. */
    public static List<Integer> markerIds() {
        List<Integer> ids = new ArrayList<>();
        for (int row = 0; row < MARKER_ROWS; row++) {
            for (int col = 0; col < MARKER_COLS; col++) {
                if (row == 0 || col == 0 || row == MARKER_ROWS - 1 || col == MARKER_COLS - 1) {
                    ids.add(row * MARKER_COLS + col);
                }
            }
        }
        return ids;
    }

    /** The top-left corner of marker {@code id}, board units; its other corners follow clockwise. */
    public static PixelPoint markerTopLeft(int id) {
        int step = MARKER_LENGTH + MARKER_SEPARATION;
        return new PixelPoint(MARGIN + id % MARKER_COLS * step, MARGIN + id / MARKER_COLS * step);
    }

    /** The box of slot {@code index} (row by row from the top-left), board units. */
    public static PixelBox slot(int index) {
        return new PixelBox(SLOTS.x() + index % SLOT_COLS * SLOT_SIZE, SLOTS.y() + index / SLOT_COLS * SLOT_SIZE,
                SLOT_SIZE, SLOT_SIZE);
    }

    /** The label of slot {@code index}: its column's letter and its row's number, e.g. {@code B3}. */
    public static String slotLabel(int index) {
        return (char) ('A' + index % SLOT_COLS) + Integer.toString(index / SLOT_COLS + 1);
    }

    /** The label of the slot holding board point (x, y), if it lies in one. */
    public static Optional<String> slotLabelAt(double x, double y) {
        int col = (int) Math.floor((x - SLOTS.x()) / SLOT_SIZE);
        int row = (int) Math.floor((y - SLOTS.y()) / SLOT_SIZE);
        if (col < 0 || row < 0 || col >= SLOT_COLS || row >= SLOT_ROWS) {
            return Optional.empty();
        }
        return Optional.of(slotLabel(row * SLOT_COLS + col));
    }
}
