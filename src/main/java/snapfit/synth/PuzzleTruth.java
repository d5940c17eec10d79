package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import snapfit.model.PieceId;

/**
 * The ground truth of a generated puzzle, as written to {@code truth.json} (format in
 * {@code data/README.md}): how it was generated, its sheets, every piece on them and every pair of
 * sides that touch in the finished puzzle.
 */
public record PuzzleTruth(
        @JsonProperty("config") GeneratorConfig config,
        @JsonProperty("sheets") List<TruthSheet> sheets,
        @JsonProperty("pieces") List<TruthPiece> pieces,
        @JsonProperty("neighbours") List<TrueNeighbours> neighbours) {

    public PuzzleTruth {
        Objects.requireNonNull(config, "config");
        sheets = List.copyOf(sheets);
        pieces = List.copyOf(pieces);
        neighbours = List.copyOf(neighbours);
        Set<PieceId> ids = new HashSet<>();
        for (TruthPiece piece : pieces) {
            if (!ids.add(piece.pieceId())) {
                throw new IllegalArgumentException("piece " + piece.pieceId() + " appears twice in the truth");
            }
        }
        for (TrueNeighbours pair : neighbours) {
            for (var segment : List.of(pair.segId1(), pair.segId2())) {
                if (!ids.contains(segment.pieceId())) {
                    throw new IllegalArgumentException("neighbour " + segment + " names a piece the truth does not list");
                }
            }
        }
    }
}
