package snapfit.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import snapfit.model.BoardLayout;
import snapfit.model.BoardSet;
import snapfit.model.PieceId;
import snapfit.model.PixelBox;

/**
 * Lays pieces out on sheets the way a person does before taking a photo: pieces shuffled, each
 * turned by a random quarter turn plus a random tilt, then {@code piecesPerSheet} to a sheet in a
 * loose grid of slots (about 4:3, e.g. 4 x 3 for 12), each piece at a random spot inside its slot.
 *
 * <p>Sheets are {@value #SHEET_WIDTH_PX} x {@value #SHEET_HEIGHT_PX} px, grown only if the largest
 * turned piece would not fit a slot. Every piece stays {@value #SLOT_MARGIN_PX} px inside its slot and
 * slots sit {@value #SHEET_BORDER_PX} px inside the sheet, so pieces never touch each other or the
 * border. Slots are filled row-major, so piece indices run top to bottom by rows, then left to right.
 * Stateless.
 */
final class SheetLayout {

    static final int SHEET_WIDTH_PX = 4000;
    static final int SHEET_HEIGHT_PX = 3000;
    static final int SHEET_BORDER_PX = 40;
    static final int SLOT_MARGIN_PX = 30;
    /** The pieces' side a generated board is made for; it sets only the boards' stated millimetres. */
    static final double DEFAULT_PIECE_MM = 25;

    private SheetLayout() {
    }

    static List<PlacedSheet> layout(List<CutPiece> pieces, GeneratorConfig config, SplittableRandom random) {
        List<CutPiece> shuffled = new ArrayList<>(pieces);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            shuffled.set(j, shuffled.set(i, shuffled.get(j)));
        }
        List<Turned> turned = new ArrayList<>(shuffled.size());
        int widest = 0;
        int tallest = 0;
        for (CutPiece piece : shuffled) {
            Turned turn = Turned.random(piece, config.maxRotationDegrees(), random);
            turned.add(turn);
            widest = Math.max(widest, turn.outline().boundingBox().width());
            tallest = Math.max(tallest, turn.outline().boundingBox().height());
        }
        if (config.board() != null) {
            return onBoards(turned, config, Math.max(widest, tallest), random);
        }
        int perSheet = config.piecesPerSheet();
        int slotCols = (int) Math.ceil(Math.sqrt(perSheet * 4.0 / 3.0));
        int slotRows = (perSheet + slotCols - 1) / slotCols;
        int slotWidth = Math.max((SHEET_WIDTH_PX - 2 * SHEET_BORDER_PX) / slotCols, widest + 2 * SLOT_MARGIN_PX);
        int slotHeight = Math.max((SHEET_HEIGHT_PX - 2 * SHEET_BORDER_PX) / slotRows, tallest + 2 * SLOT_MARGIN_PX);
        int width = Math.max(SHEET_WIDTH_PX, slotCols * slotWidth + 2 * SHEET_BORDER_PX);
        int height = Math.max(SHEET_HEIGHT_PX, slotRows * slotHeight + 2 * SHEET_BORDER_PX);

        List<PlacedSheet> sheets = new ArrayList<>();
        for (int first = 0; first < turned.size(); first += perSheet) {
            String sheetId = String.format("sheet_%02d", sheets.size());
            List<PlacedPiece> placed = new ArrayList<>();
            for (int slot = 0; slot < perSheet && first + slot < turned.size(); slot++) {
                int slotX = SHEET_BORDER_PX + (slot % slotCols) * slotWidth;
                int slotY = SHEET_BORDER_PX + (slot / slotCols) * slotHeight;
                placed.add(turned.get(first + slot).place(new PieceId(sheetId, slot),
                        slotX, slotY, slotWidth, slotHeight, random));
            }
            sheets.add(new PlacedSheet(sheetId, width, height, placed, 1, null));
        }
        return sheets;
    }

    /**
     * The pieces on marker boards, one per slot ({@link BoardLayout}), the board drawn at the scale that makes a
     * slot hold the largest turned piece {@value #SLOT_MARGIN_PX} px inside it.
     */
    private static List<PlacedSheet> onBoards(List<Turned> turned, GeneratorConfig config, int largest,
                                              SplittableRandom random) {
        double pixelsPerUnit = (largest + 2.0 * SLOT_MARGIN_PX + 2) / BoardLayout.SLOT_SIZE;
        int width = (int) Math.round(BoardLayout.WIDTH * pixelsPerUnit);
        int height = (int) Math.round(BoardLayout.HEIGHT * pixelsPerUnit);
        int perSheet = config.piecesPerSheet();
        int sheetCount = (turned.size() + perSheet - 1) / perSheet;
        BoardSet set = BoardSet.forPieces(BoardStyle.TAG, sheetCount, config.board().background(), DEFAULT_PIECE_MM,
                LocalDate.of(2026, 1, 1));
        List<PlacedSheet> sheets = new ArrayList<>();
        for (int first = 0; first < turned.size(); first += perSheet) {
            int index = sheets.size();
            String sheetId = set.identity(index).sheetId();
            List<PlacedPiece> placed = new ArrayList<>();
            for (int slot = 0; slot < perSheet && first + slot < turned.size(); slot++) {
                PixelBox box = BoardLayout.slot(slot);
                int slotX = (int) Math.ceil(box.x() * pixelsPerUnit);
                int slotY = (int) Math.ceil(box.y() * pixelsPerUnit);
                int side = (int) Math.floor(box.width() * pixelsPerUnit) - 1;
                placed.add(turned.get(first + slot).place(new PieceId(sheetId, slot), slotX, slotY, side, side, random));
            }
            sheets.add(new PlacedSheet(sheetId, width, height, placed, 1, BoardPlacement.laidOut(set, index, pixelsPerUnit)));
        }
        return sheets;
    }

    /** A piece turned about its box centre, not yet moved onto a sheet. */
    private record Turned(CutPiece piece, PieceOutline outline, int quarterTurns, double tilt) {

        static Turned random(CutPiece piece, double maxTilt, SplittableRandom random) {
            int quarterTurns = random.nextInt(4);
            double tilt = RandomDraws.plusMinus(random, maxTilt);
            PixelBox box = piece.outline().boundingBox();
            return new Turned(piece, piece.outline().rotated(quarterTurns * 90 + tilt, box.centerX(), box.centerY()),
                    quarterTurns, tilt);
        }

        /** Moved to a random spot with its box {@value #SLOT_MARGIN_PX} px or more inside the slot. */
        PlacedPiece place(PieceId id, int slotX, int slotY, int slotWidth, int slotHeight, SplittableRandom random) {
            PixelBox box = outline.boundingBox();
            double dx = RandomDraws.between(random, slotX + SLOT_MARGIN_PX - box.x(),
                    slotX + slotWidth - SLOT_MARGIN_PX - box.x() - box.width());
            double dy = RandomDraws.between(random, slotY + SLOT_MARGIN_PX - box.y(),
                    slotY + slotHeight - SLOT_MARGIN_PX - box.y() - box.height());
            return new PlacedPiece(id, piece, outline.shifted(dx, dy), quarterTurns, tilt);
        }
    }
}
