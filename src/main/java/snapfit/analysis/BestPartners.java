package snapfit.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import snapfit.model.MatchResult;
import snapfit.model.SegmentId;
import snapfit.model.SegmentPair;

/**
 * The best {@code perSegment} partners of every segment seen, by effective similarity, ties by partner id:
 * the matches are kept as numbers (12 bytes each) while they stream past, then ranked by the matcher's
 * {@link snapfit.match.BestPartners} with the segments numbered in id order. Not thread-safe.
 */
final class BestPartners {

    /** One partner of a segment and the match that scores it. */
    record Partner(SegmentId partner, MatchResult match) {
    }

    private final int perSegment;
    private final Map<SegmentId, Integer> numbers = new HashMap<>();
    private final List<SegmentId> segments = new ArrayList<>();
    private int[] firsts = new int[1024];
    private int[] seconds = new int[1024];
    private float[] effective = new float[1024];
    private int count;
    /** The few matches with a manual similarity, by pair: the others are rebuilt from their numbers. */
    private final Map<SegmentPair, MatchResult> manual = new HashMap<>();

    BestPartners(int perSegment) {
        if (perSegment < 1) {
            throw new IllegalArgumentException("partners per segment is " + perSegment + ": it must be at least 1");
        }
        this.perSegment = perSegment;
    }

    /** Offers the match to both of its segments. */
    void add(MatchResult match) {
        if (count == firsts.length) {
            firsts = Arrays.copyOf(firsts, 2 * count);
            seconds = Arrays.copyOf(seconds, 2 * count);
            effective = Arrays.copyOf(effective, 2 * count);
        }
        firsts[count] = numberOf(match.segId1());
        seconds[count] = numberOf(match.segId2());
        effective[count] = match.effectiveSimilarity();
        count++;
        if (match.similarityManual() != null) {
            manual.put(match.pairKey(), match);
        }
    }

    private int numberOf(SegmentId segment) {
        return numbers.computeIfAbsent(segment, added -> {
            segments.add(added);
            return segments.size() - 1;
        });
    }

    /** Every segment seen, in id order, with its partners best first. */
    Map<SegmentId, List<Partner>> ranked() {
        List<SegmentId> byId = segments.stream().sorted().toList();
        int[] rankOf = new int[byId.size()];
        for (int rank = 0; rank < rankOf.length; rank++) {
            rankOf[numbers.get(byId.get(rank))] = rank;
        }
        snapfit.match.BestPartners best = new snapfit.match.BestPartners(byId.size(), perSegment);
        for (int i = 0; i < count; i++) {
            best.offer(rankOf[firsts[i]], rankOf[seconds[i]], effective[i]);
        }
        Map<SegmentId, List<Partner>> ranked = new LinkedHashMap<>();
        for (int rank = 0; rank < rankOf.length; rank++) {
            List<Partner> partners = new ArrayList<>(perSegment);
            best.forEachPartnerOf(rank, (segment, partner, similarity) ->
                    partners.add(partnerOf(byId.get(segment), byId.get(partner), similarity)));
            ranked.put(byId.get(rank), List.copyOf(partners));
        }
        return ranked;
    }

    private Partner partnerOf(SegmentId segment, SegmentId partner, float similarity) {
        MatchResult match = manual.get(SegmentPair.of(segment, partner));
        return new Partner(partner, match != null ? match : MatchResult.of(segment, partner, similarity));
    }
}
