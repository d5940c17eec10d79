package snapfit.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static snapfit.match.EdgeCurves.knobCut;
import static snapfit.match.EdgeCurves.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import snapfit.model.EdgePos;
import snapfit.model.SegmentShape;
import snapfit.puzzle.Segment;

/** How {@link PieceMatcher} hands scores to a sink: on the calling thread, all of them, and stopping on failure. */
class PieceMatcherDeliveryTest {

    /** 80 pieces of random tabs and blanks: 320 segments, enough pairs for several batches. */
    private static List<Segment> segments() {
        Random random = new Random(3);
        List<Segment> segments = new ArrayList<>();
        for (int piece = 0; piece < 80; piece++) {
            for (EdgePos edge : EdgePos.values()) {
                segments.add(segment("s", piece, edge, random.nextBoolean() ? SegmentShape.IN : SegmentShape.OUT,
                        knobCut(60 + random.nextInt(30), 0.5, 0.2)));
            }
        }
        return segments;
    }

    @Test
    void matchAll_severalThreads_deliversEveryScoredPairOnceOnTheCallingThread() {
        PieceMatcher matcher = new PieceMatcher(segments(), ScoreConfig.defaults(), 3);
        Set<Thread> sinkThreads = new HashSet<>();
        Set<Long> pairs = new HashSet<>();
        long[] delivered = {0};

        MatchStats stats = matcher.matchAll(batch -> {
            sinkThreads.add(Thread.currentThread());
            for (int i = 0; i < batch.size(); i++) {
                pairs.add((long) batch.segmentA(i) << 32 | batch.segmentB(i));
                delivered[0]++;
            }
        });

        assertThat(sinkThreads).containsExactly(Thread.currentThread());
        assertThat(stats.pairsScored()).isGreaterThan(16_384).isEqualTo(delivered[0]).isEqualTo(pairs.size());
        assertThat(stats.sinkTime()).isLessThanOrEqualTo(stats.elapsed());
    }

    @Test
    void matchAll_sinkFails_stopsAndRethrowsItsException() {
        PieceMatcher matcher = new PieceMatcher(segments(), ScoreConfig.defaults(), 2);

        assertThatThrownBy(() -> matcher.matchAll(batch -> {
            throw new IllegalStateException("disk full");
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }
}
