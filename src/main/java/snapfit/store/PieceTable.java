package snapfit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import snapfit.model.Corners;
import snapfit.model.EdgePos;
import snapfit.model.OrientedPieceType;
import snapfit.model.Orientation;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;
import snapfit.model.PieceType;
import snapfit.model.PixelBox;
import snapfit.model.PixelPoint;
import snapfit.model.SegmentShape;
import snapfit.model.SegmentShapes;
import snapfit.model.SheetBoard;
import snapfit.model.SheetCalibration;
import snapfit.model.SheetIdentity;
import snapfit.model.SheetRecord;
import snapfit.model.SnapfitException;

/** The sheets and pieces tables: replacing a sheet with its pieces, reading them back, and the matched flags. */
final class PieceTable {

    private static final String PIECE_COLUMNS = """
            top_left_x, top_left_y, bottom_left_x, bottom_left_y, bottom_right_x, bottom_right_y,
            top_right_x, top_right_y, shape_left, shape_bottom, shape_right, shape_top, piece_type, orientation,
            flat_edges, contour_point_count, region_x, region_y, region_width, region_height, label""";
    private static final String SELECT_PIECES = "SELECT s.sheet_id, p.piece_index, " + PIECE_COLUMNS
            + " FROM pieces p JOIN sheets s ON s.sheet_key = p.sheet_key";
    private static final String PIECE_ORDER = " ORDER BY s.sheet_id, p.piece_index";

    private PieceTable() {
    }

    /**
     * Stores {@code sheet} and exactly {@code pieces} for it. A piece already stored keeps its key but
     * loses its matches, stored segments and matched flag (its contour may have changed); pieces no longer found
     * are removed.
     *
     * @return how many pieces of the sheet were stored before (and lost their matches)
     */
    static int replaceSheet(Connection connection, SheetRecord sheet, List<PieceRecord> pieces) throws SQLException {
        int sheetKey = upsertSheet(connection, sheet);
        Set<Integer> keptIndices = pieces.stream().map(piece -> piece.pieceId().index()).collect(Collectors.toSet());
        List<int[]> old = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT piece_key, piece_index FROM pieces WHERE sheet_key = ?");
                PreparedStatement deletePiece = connection.prepareStatement("DELETE FROM pieces WHERE piece_key = ?")) {
            select.setInt(1, sheetKey);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    old.add(new int[] {rows.getInt(1), rows.getInt(2)});
                }
            }
            for (int[] keyAndIndex : old) {
                MatchTable.deleteMatchesOfPiece(connection, keyAndIndex[0]);
                SegmentTable.deleteOfPiece(connection, keyAndIndex[0]);
                if (!keptIndices.contains(keyAndIndex[1])) {
                    deletePiece.setInt(1, keyAndIndex[0]);
                    deletePiece.executeUpdate();
                }
            }
        }
        upsertPieces(connection, sheetKey, pieces);
        requireKeysFitPairKeys(connection);
        return old.size();
    }

    static List<SheetRecord> sheets(Connection connection) throws SQLException {
        List<SheetRecord> sheets = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT sheet_id, img_path, piece_count, threshold, min_area, created_at,
                    scale, keystone_x, keystone_y, origin_x, origin_y, stretch, shear, metadata, board
                FROM sheets ORDER BY sheet_id""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                sheets.add(new SheetRecord(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                        rows.getInt(5), rows.getString(6), new SheetCalibration(rows.getDouble(7), rows.getDouble(8),
                        rows.getDouble(9), rows.getDouble(10), rows.getDouble(11), rows.getDouble(12),
                        rows.getDouble(13)), JsonColumn.read(rows.getString(14), SheetIdentity.class),
                        JsonColumn.read(rows.getString(15), SheetBoard.class)));
            }
        }
        return sheets;
    }

    /** Every piece in {@link PieceId} order, or only those of one type when {@code type} is not null. */
    static List<PieceRecord> pieces(Connection connection, PieceType type) throws SQLException {
        String sql = SELECT_PIECES + (type == null ? "" : " WHERE p.piece_type = ?") + PIECE_ORDER;
        List<PieceRecord> pieces = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (type != null) {
                select.setInt(1, type.code());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pieces.add(pieceOf(rows));
                }
            }
        }
        return pieces;
    }

    static PieceKeys keys(Connection connection) throws SQLException {
        Map<PieceId, Integer> keys = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT p.piece_key, s.sheet_id, p.piece_index FROM pieces p JOIN sheets s ON s.sheet_key = p.sheet_key""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.put(new PieceId(rows.getString(2), rows.getInt(3)), rows.getInt(1));
            }
        }
        return new PieceKeys(keys);
    }

    static void setMatched(Connection connection, int[] pieceKeys, boolean matched) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE pieces SET matched = ? WHERE piece_key = ?")) {
            for (int key : pieceKeys) {
                update.setInt(1, matched ? 1 : 0);
                update.setInt(2, key);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    static void clearMatched(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE pieces SET matched = 0")) {
            update.executeUpdate();
        }
    }

    static SortedSet<PieceId> matchedPieces(Connection connection) throws SQLException {
        SortedSet<PieceId> matched = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT s.sheet_id, p.piece_index FROM pieces p JOIN sheets s ON s.sheet_key = p.sheet_key
                WHERE p.matched = 1""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                matched.add(new PieceId(rows.getString(1), rows.getInt(2)));
            }
        }
        return matched;
    }

    /** New pieces take the next free key; after 16,384 of them segment keys no longer fit a pair key. */
    private static void requireKeysFitPairKeys(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT max(piece_key) FROM pieces");
                ResultSet rows = select.executeQuery()) {
            if (rows.next() && rows.getLong(1) >= StoreSchema.PIECE_KEY_LIMIT) {
                throw new SnapfitException("dataset.db would number a piece " + rows.getLong(1) + ", beyond the "
                        + StoreSchema.PIECE_KEY_LIMIT + " piece keys it supports; ingest into a new cache folder");
            }
        }
    }

    private static int upsertSheet(Connection connection, SheetRecord sheet) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO sheets (sheet_id, img_path, piece_count, threshold, min_area, created_at,
                    scale, keystone_x, keystone_y, origin_x, origin_y, stretch, shear, metadata, board)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sheet_id) DO UPDATE SET img_path = excluded.img_path, piece_count = excluded.piece_count,
                    threshold = excluded.threshold, min_area = excluded.min_area, created_at = excluded.created_at,
                    scale = excluded.scale, keystone_x = excluded.keystone_x, keystone_y = excluded.keystone_y,
                    origin_x = excluded.origin_x, origin_y = excluded.origin_y, stretch = excluded.stretch,
                    shear = excluded.shear, metadata = excluded.metadata, board = excluded.board""");
                PreparedStatement select = connection.prepareStatement("SELECT sheet_key FROM sheets WHERE sheet_id = ?")) {
            upsert.setString(1, sheet.sheetId());
            upsert.setString(2, sheet.imgPath());
            upsert.setInt(3, sheet.pieceCount());
            upsert.setInt(4, sheet.threshold());
            upsert.setInt(5, sheet.minArea());
            upsert.setString(6, sheet.createdAt());
            SheetCalibration calibration = sheet.calibration();
            upsert.setDouble(7, calibration.scale());
            upsert.setDouble(8, calibration.keystoneX());
            upsert.setDouble(9, calibration.keystoneY());
            upsert.setDouble(10, calibration.originX());
            upsert.setDouble(11, calibration.originY());
            upsert.setDouble(12, calibration.stretch());
            upsert.setDouble(13, calibration.shear());
            upsert.setString(14, JsonColumn.write(sheet.metadata()));
            upsert.setString(15, JsonColumn.write(sheet.board()));
            upsert.executeUpdate();
            select.setString(1, sheet.sheetId());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void upsertPieces(Connection connection, int sheetKey, List<PieceRecord> pieces) throws SQLException {
        String updates = Arrays.stream(PIECE_COLUMNS.split(",\\s*"))
                .map(column -> column + " = excluded." + column)
                .collect(Collectors.joining(", "));
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO pieces (sheet_key, piece_index, "
                + PIECE_COLUMNS + ") VALUES (" + "?, ".repeat(22) + "?) ON CONFLICT (sheet_key, piece_index) DO UPDATE SET "
                + updates + ", matched = 0")) {
            for (PieceRecord piece : pieces) {
                bindPiece(upsert, sheetKey, piece);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void bindPiece(PreparedStatement statement, int sheetKey, PieceRecord piece) throws SQLException {
        int column = 1;
        statement.setInt(column++, sheetKey);
        statement.setInt(column++, piece.pieceId().index());
        Corners corners = piece.corners();
        for (PixelPoint point : List.of(corners.topLeft(), corners.bottomLeft(), corners.bottomRight(), corners.topRight())) {
            statement.setInt(column++, point.x());
            statement.setInt(column++, point.y());
        }
        for (EdgePos edge : EdgePos.values()) {
            statement.setString(column++, piece.segmentShapes().get(edge).value());
        }
        statement.setInt(column++, piece.orientedPieceType().pieceType().code());
        statement.setInt(column++, piece.orientedPieceType().orientation().degrees());
        statement.setString(column++, piece.flatEdges().stream().map(EdgePos::value).collect(Collectors.joining(",")));
        statement.setInt(column++, piece.contourPointCount());
        PixelBox region = piece.contourRegion();
        statement.setInt(column++, region.x());
        statement.setInt(column++, region.y());
        statement.setInt(column++, region.width());
        statement.setInt(column++, region.height());
        statement.setString(column, piece.label());
    }

    private static PieceRecord pieceOf(ResultSet rows) throws SQLException {
        PieceId id = new PieceId(rows.getString(1), rows.getInt(2));
        Corners corners = new Corners(point(rows, 3), point(rows, 5), point(rows, 7), point(rows, 9));
        SegmentShapes shapes = new SegmentShapes(SegmentShape.fromValue(rows.getString(11)),
                SegmentShape.fromValue(rows.getString(12)), SegmentShape.fromValue(rows.getString(13)),
                SegmentShape.fromValue(rows.getString(14)));
        OrientedPieceType type = new OrientedPieceType(PieceType.fromCode(rows.getInt(15)),
                Orientation.ofDegrees(rows.getInt(16)));
        String flatText = rows.getString(17);
        List<EdgePos> flats = flatText.isEmpty() ? List.of()
                : Arrays.stream(flatText.split(",")).map(EdgePos::fromValue).toList();
        PixelBox region = new PixelBox(rows.getInt(19), rows.getInt(20), rows.getInt(21), rows.getInt(22));
        return new PieceRecord(id, corners, shapes, type, flats, rows.getInt(18), region, rows.getString(23));
    }

    private static PixelPoint point(ResultSet rows, int column) throws SQLException {
        return new PixelPoint(rows.getInt(column), rows.getInt(column + 1));
    }
}
