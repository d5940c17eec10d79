package snapfit.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import snapfit.model.MatchResult;
import snapfit.model.SegmentId;

/**
 * The best {@code perSegment} partners of every segment seen, kept while matches stream past: one
 * bounded heap per segment, so memory is segments times {@code perSegment} whatever the number of
 * matches. Not thread-safe.
 */
final class BestPartners {

    /** One candidate partner of a segment and the match that scores it. */
    record Partner(SegmentId partner, MatchResult match) {
    }

    /** Best first: lower effective similarity, ties broken by partner id so the order is repeatable. */
    static final Comparator<Partner> BEST_FIRST = Comparator
            .comparingDouble((Partner candidate) -> candidate.match().effectiveSimilarity())
            .thenComparing(Partner::partner);

    private final int perSegment;
    /** Hashed, not sorted: one lookup per segment per match is the hot path; {@link #ranked} sorts once. */
    private final Map<SegmentId, PriorityQueue<Partner>> worstFirstHeaps = new HashMap<>();

    BestPartners(int perSegment) {
        if (perSegment < 1) {
            throw new IllegalArgumentException("partners per segment is " + perSegment + ": it must be at least 1");
        }
        this.perSegment = perSegment;
    }

    /** Offers the match to both of its segments. */
    void add(MatchResult match) {
        offer(match.segId1(), new Partner(match.segId2(), match));
        offer(match.segId2(), new Partner(match.segId1(), match));
    }

    private void offer(SegmentId segment, Partner candidate) {
        PriorityQueue<Partner> heap = worstFirstHeaps.computeIfAbsent(
                segment, key -> new PriorityQueue<>(perSegment + 1, BEST_FIRST.reversed()));
        if (heap.size() < perSegment) {
            heap.add(candidate);
        } else if (BEST_FIRST.compare(candidate, heap.peek()) < 0) {
            heap.poll();
            heap.add(candidate);
        }
    }

    /** Every segment seen, in id order, with its partners best first. */
    Map<SegmentId, List<Partner>> ranked() {
        Map<SegmentId, List<Partner>> ranked = new TreeMap<>();
        worstFirstHeaps.forEach((segment, heap) -> {
            List<Partner> partners = new ArrayList<>(heap);
            partners.sort(BEST_FIRST);
            ranked.put(segment, List.copyOf(partners));
        });
        return ranked;
    }
}
