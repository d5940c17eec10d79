package snapfit.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import snapfit.model.EdgePos;
import snapfit.model.SegmentId;
import snapfit.model.SegmentShape;
import snapfit.puzzle.Segment;

/**
 * The segments table: each side's {@link Segment#SAMPLES} resampled points, kept at ingest so that matching reads
 * 6,000 sides in a few tens of milliseconds instead of rebuilding 1,500 pieces from their contours (most of an
 * incremental run's time). Samples are a blob of little-endian float32 {@code x0, y0, x1, y1, ...} in sheet
 * pixels and read back bit for bit, so scores from stored and rebuilt segments are equal.
 */
final class SegmentTable {

    private static final int EDGES = EdgePos.values().length;
    private static final int BLOB_BYTES = 2 * Segment.SAMPLES * Float.BYTES;

    private SegmentTable() {
    }

    static void insert(Connection connection, PieceKeys keys, Collection<Segment> segments) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO segments (segment_key, shape, arc_length, samples) VALUES (?, ?, ?, ?)")) {
            for (Segment segment : segments) {
                insert.setInt(1, keys.segmentKey(segment.id()));
                insert.setString(2, segment.shape().value());
                insert.setDouble(3, segment.arcLength());
                insert.setBytes(4, samplesOf(segment));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void deleteOfPiece(Connection connection, int pieceKey) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM segments WHERE segment_key BETWEEN ? AND ?")) {
            delete.setInt(1, pieceKey * EDGES);
            delete.setInt(2, pieceKey * EDGES + EDGES - 1);
            delete.executeUpdate();
        }
    }

    /** Every stored segment, by id. */
    static Map<SegmentId, Segment> read(Connection connection, PieceKeys keys) throws SQLException {
        Map<SegmentId, Segment> segments = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT segment_key, shape, arc_length, samples FROM segments");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                SegmentId id = keys.segmentOf(rows.getInt(1));
                segments.put(id, segmentOf(id, SegmentShape.fromValue(rows.getString(2)), (float) rows.getDouble(3),
                        rows.getBytes(4)));
            }
        }
        return segments;
    }

    private static byte[] samplesOf(Segment segment) {
        ByteBuffer buffer = ByteBuffer.allocate(BLOB_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int s = 0; s < Segment.SAMPLES; s++) {
            buffer.putFloat(segment.x(s)).putFloat(segment.y(s));
        }
        return buffer.array();
    }

    private static Segment segmentOf(SegmentId id, SegmentShape shape, float arcLength, byte[] blob) {
        if (blob == null || blob.length != BLOB_BYTES) {
            throw new IllegalArgumentException("segment " + id + " is stored with " + (blob == null ? 0 : blob.length)
                    + " bytes of samples instead of " + BLOB_BYTES);
        }
        ByteBuffer buffer = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        float[] xs = new float[Segment.SAMPLES];
        float[] ys = new float[Segment.SAMPLES];
        for (int s = 0; s < Segment.SAMPLES; s++) {
            xs[s] = buffer.getFloat();
            ys[s] = buffer.getFloat();
        }
        return Segment.ofSamples(id, shape, xs, ys, arcLength);
    }
}
