package snapfit.analysis;

import java.util.Arrays;
import java.util.List;
import snapfit.model.EdgePos;
import snapfit.model.PieceRecord;
import snapfit.model.PieceType;
import snapfit.model.SegmentShape;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Tablesaw tables of pieces as recorded in {@code metadata.json}; one row per piece or per category. */
public final class PieceTables {

    private PieceTables() {
    }

    /**
     * One row per piece, in the order given. Columns: {@code piece_id} ({@code sheet:idx}),
     * {@code sheet_id}, {@code index}, {@code piece_type} ({@code INNER}, {@code EDGE}, {@code CORNER}),
     * {@code orientation} (clockwise degrees), {@code left}, {@code bottom}, {@code right}, {@code top}
     * (shape names such as {@code in}), {@code flat_edges} (count), {@code contour_point_count}, and the
     * contour's bounding box in sheet pixels {@code box_x}, {@code box_y}, {@code box_w}, {@code box_h}.
     */
    public static Table pieces(List<PieceRecord> pieces) {
        StringColumn pieceId = StringColumn.create("piece_id");
        StringColumn sheetId = StringColumn.create("sheet_id");
        IntColumn index = IntColumn.create("index");
        StringColumn pieceType = StringColumn.create("piece_type");
        IntColumn orientation = IntColumn.create("orientation");
        List<StringColumn> shapes = Arrays.stream(EdgePos.values())
                .map(edge -> StringColumn.create(edge.value()))
                .toList();
        IntColumn flatEdges = IntColumn.create("flat_edges");
        IntColumn points = IntColumn.create("contour_point_count");
        IntColumn boxX = IntColumn.create("box_x");
        IntColumn boxY = IntColumn.create("box_y");
        IntColumn boxW = IntColumn.create("box_w");
        IntColumn boxH = IntColumn.create("box_h");
        for (PieceRecord piece : pieces) {
            pieceId.append(piece.pieceId().toString());
            sheetId.append(piece.pieceId().sheetId());
            index.append(piece.pieceId().index());
            pieceType.append(piece.orientedPieceType().pieceType().name());
            orientation.append(piece.orientedPieceType().orientation().degrees());
            for (EdgePos edge : EdgePos.values()) {
                shapes.get(edge.ordinal()).append(piece.segmentShapes().get(edge).value());
            }
            flatEdges.append(piece.flatEdges().size());
            points.append(piece.contourPointCount());
            boxX.append(piece.contourRegion().x());
            boxY.append(piece.contourRegion().y());
            boxW.append(piece.contourRegion().width());
            boxH.append(piece.contourRegion().height());
        }
        Table table = Table.create("pieces", pieceId, sheetId, index, pieceType, orientation);
        shapes.forEach(table::addColumns);
        return table.addColumns(flatEdges, points, boxX, boxY, boxW, boxH);
    }

    /** Pieces per type: columns {@code piece_type} (every type, in {@link PieceType} order) and {@code count}. */
    public static Table countsByPieceType(List<PieceRecord> pieces) {
        int[] counts = new int[PieceType.values().length];
        pieces.forEach(piece -> counts[piece.orientedPieceType().pieceType().ordinal()]++);
        StringColumn type = StringColumn.create("piece_type");
        for (PieceType pieceType : PieceType.values()) {
            type.append(pieceType.name());
        }
        return Table.create("pieces by type", type, IntColumn.create("count", counts));
    }

    /**
     * Segments per shape over all sides of all pieces: columns {@code shape} (every shape, in
     * {@link SegmentShape} order) and {@code count}.
     */
    public static Table countsByShape(List<PieceRecord> pieces) {
        int[] counts = new int[SegmentShape.values().length];
        for (PieceRecord piece : pieces) {
            for (EdgePos edge : EdgePos.values()) {
                counts[piece.segmentShapes().get(edge).ordinal()]++;
            }
        }
        StringColumn shape = StringColumn.create("shape");
        for (SegmentShape segmentShape : SegmentShape.values()) {
            shape.append(segmentShape.value());
        }
        return Table.create("segments by shape", shape, IntColumn.create("count", counts));
    }
}
