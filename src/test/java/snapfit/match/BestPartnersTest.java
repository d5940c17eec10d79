package snapfit.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BestPartnersTest {

    private record Pair(int a, int b, float similarity) {
    }

    @Test
    void forEachKept_randomPairsInAnyOrder_equalsTheBestKOfEitherSegmentOnce() {
        int segments = 40;
        int k = 5;
        Random random = new Random(3);
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < segments; a++) {
            for (int b = a + 1; b < segments; b++) {
                if (random.nextInt(4) > 0) {
                    // Few distinct scores, so that ties have to be broken by segment number.
                    pairs.add(new Pair(a, b, random.nextInt(12) / 8f));
                }
            }
        }
        Set<Pair> expected = naiveBest(pairs, segments, k);

        for (long seed = 0; seed < 3; seed++) {
            Collections.shuffle(pairs, new Random(seed));
            assertThat(kept(pairs, segments, k)).as("offer order %d", seed).hasSameElementsAs(expected)
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void forEachKept_fewerPairsThanK_keepsThemAll() {
        List<Pair> pairs = List.of(new Pair(0, 1, 0.5f), new Pair(1, 2, 0.25f));

        assertThat(kept(pairs, 3, 10)).containsExactlyInAnyOrderElementsOf(pairs);
    }

    @Test
    void forEachPartnerOf_reportsTheSegmentsBestKBestFirstWithTiesByNumber() {
        BestPartners best = new BestPartners(5, 3);
        best.offer(0, 4, 0.5f);
        best.offer(0, 2, 0.25f);
        best.offer(3, 0, 0.5f);
        best.offer(0, 1, 0.75f);
        List<Pair> ranked = new ArrayList<>();

        best.forEachPartnerOf(0, (segment, partner, similarity) -> ranked.add(new Pair(segment, partner, similarity)));

        assertThat(ranked).containsExactly(new Pair(0, 2, 0.25f), new Pair(0, 3, 0.5f), new Pair(0, 4, 0.5f));
    }

    @Test
    void constructor_kBelowOne_isRefused() {
        assertThatThrownBy(() -> new BestPartners(4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k 0 must be at least 1");
    }

    private static List<Pair> kept(List<Pair> pairs, int segments, int k) {
        BestPartners best = new BestPartners(segments, k);
        pairs.forEach(pair -> best.offer(pair.a(), pair.b(), pair.similarity()));
        List<Pair> kept = new ArrayList<>();
        best.forEachKept((a, b, similarity) -> kept.add(new Pair(a, b, similarity)));
        return kept;
    }

    /** Each segment's partners sorted by similarity then partner number, the first k of each, united. */
    private static Set<Pair> naiveBest(List<Pair> pairs, int segments, int k) {
        Set<Pair> best = new HashSet<>();
        for (int segment = 0; segment < segments; segment++) {
            int s = segment;
            pairs.stream().filter(pair -> pair.a() == s || pair.b() == s)
                    .sorted(Comparator.comparingDouble(Pair::similarity)
                            .thenComparingInt(pair -> pair.a() == s ? pair.b() : pair.a()))
                    .limit(k).forEach(best::add);
        }
        return best;
    }
}
