package snapfit.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.PieceType;
import snapfit.model.SegmentId;

/**
 * Ranks each true partner among the scored partners of its side, in two passes over the matches
 * and with memory per true side only, so millions of matches are fine. Detected segment ids are
 * mapped to true ones through the piece pairing (same sheet, the paired piece, the same side name).
 * Pass 1 finds each true pair's score; pass 2 counts, per side, the other partners scored strictly
 * lower. Ranks use the computed similarity, not a manual override. Each unordered pair is expected
 * at most once among the matches, as the matcher and store keep them.
 */
final class MatchRanking {

    private final List<TrueNeighbours> neighbours;
    private final Map<PieceId, Integer> truthIndexOfDetected = new HashMap<>();
    /** The true side slot (2 per neighbour pair) of true piece i's edge e at i * 4 + e, or -1. */
    private final int[] slotOfSide;
    private final boolean[] innerSlot;

    private MatchRanking(PuzzleTruth truth, PiecePairing pairing) {
        this.neighbours = truth.neighbours();
        Map<PieceId, Integer> truthIndex = new HashMap<>();
        for (int i = 0; i < truth.pieces().size(); i++) {
            truthIndex.put(truth.pieces().get(i).pieceId(), i);
        }
        for (PiecePairing.Pair pair : pairing.pairs()) {
            truthIndexOfDetected.put(pair.detected().pieceId(), truthIndex.get(pair.truth().pieceId()));
        }
        slotOfSide = new int[truth.pieces().size() * 4];
        Arrays.fill(slotOfSide, -1);
        innerSlot = new boolean[2 * neighbours.size()];
        for (int k = 0; k < neighbours.size(); k++) {
            SegmentId first = neighbours.get(k).segId1();
            SegmentId second = neighbours.get(k).segId2();
            int firstPiece = truthIndex.get(first.pieceId());
            int secondPiece = truthIndex.get(second.pieceId());
            slotOfSide[firstPiece * 4 + first.edgePos().ordinal()] = 2 * k;
            slotOfSide[secondPiece * 4 + second.edgePos().ordinal()] = 2 * k + 1;
            boolean inner = truth.pieces().get(firstPiece).orientedPieceType().pieceType() == PieceType.INNER
                    && truth.pieces().get(secondPiece).orientedPieceType().pieceType() == PieceType.INNER;
            innerSlot[2 * k] = inner;
            innerSlot[2 * k + 1] = inner;
        }
    }

    /** Ranks over all true pairs, then over pairs of two inner pieces. */
    static List<RankAccuracy> of(PuzzleTruth truth, PiecePairing pairing, Supplier<Stream<MatchResult>> matches) {
        MatchRanking ranking = new MatchRanking(truth, pairing);
        int[] ranks = ranking.ranks(matches);
        return List.of(ranking.summary(ranks, slot -> true), ranking.summary(ranks, slot -> ranking.innerSlot[slot]));
    }

    /** Rank per true side slot; 0 for a side whose true pair was never scored. */
    private int[] ranks(Supplier<Stream<MatchResult>> matches) {
        float[] trueScore = new float[innerSlot.length];
        Arrays.fill(trueScore, Float.NaN);
        try (Stream<MatchResult> pass = matches.get().sequential()) {
            pass.forEach(match -> {
                int a = slot(match.segId1());
                int b = slot(match.segId2());
                if (a >= 0 && b == (a ^ 1)) {
                    float score = Float.isNaN(trueScore[a]) ? match.similarity() : Math.min(trueScore[a], match.similarity());
                    trueScore[a] = score;
                    trueScore[b] = score;
                }
            });
        }
        int[] better = new int[innerSlot.length];
        try (Stream<MatchResult> pass = matches.get().sequential()) {
            pass.forEach(match -> {
                int a = slot(match.segId1());
                int b = slot(match.segId2());
                countIfBetter(a, b, match.similarity(), trueScore, better);
                countIfBetter(b, a, match.similarity(), trueScore, better);
            });
        }
        int[] ranks = new int[innerSlot.length];
        for (int slot = 0; slot < ranks.length; slot++) {
            ranks[slot] = Float.isNaN(trueScore[slot]) ? 0 : 1 + better[slot];
        }
        return ranks;
    }

    private static void countIfBetter(int side, int partner, float score, float[] trueScore, int[] better) {
        // Slots pair up as 2k and 2k + 1, so the true partner of slot s is s ^ 1.
        if (side >= 0 && partner != (side ^ 1) && score < trueScore[side]) {
            better[side]++;
        }
    }

    private int slot(SegmentId detected) {
        Integer piece = truthIndexOfDetected.get(detected.pieceId());
        return piece == null ? -1 : slotOfSide[piece * 4 + detected.edgePos().ordinal()];
    }

    private RankAccuracy summary(int[] ranks, IntPredicate included) {
        List<Integer> scored = new ArrayList<>();
        List<RankAccuracy.RankedSide> sides = new ArrayList<>();
        int total = 0;
        for (int slot = 0; slot < ranks.length; slot++) {
            if (!included.test(slot)) {
                continue;
            }
            total++;
            if (ranks[slot] > 0) {
                scored.add(ranks[slot]);
            }
            if (ranks[slot] > 1) {
                sides.add(new RankAccuracy.RankedSide(side(slot).toString(), side(slot ^ 1).toString(), ranks[slot]));
            }
        }
        scored.sort(null);
        sides.sort(Comparator.comparingInt(RankAccuracy.RankedSide::rank).reversed());
        int top1 = (int) scored.stream().filter(rank -> rank == 1).count();
        int top5 = (int) scored.stream().filter(rank -> rank <= 5).count();
        Double median = scored.isEmpty() ? null : scored.size() % 2 == 1
                ? scored.get(scored.size() / 2)
                : (scored.get(scored.size() / 2 - 1) + scored.get(scored.size() / 2)) / 2.0;
        return new RankAccuracy(total, total - scored.size(), top1, top5, median,
                sides.subList(0, Math.min(RankAccuracy.WORST_LISTED, sides.size())));
    }

    private SegmentId side(int slot) {
        TrueNeighbours pair = neighbours.get(slot / 2);
        return slot % 2 == 0 ? pair.segId1() : pair.segId2();
    }
}
