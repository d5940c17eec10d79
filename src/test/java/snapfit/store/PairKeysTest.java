package snapfit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PairKeysTest {

    private static final int MAX_SEGMENT_KEY = (1 << StoreSchema.SEGMENT_KEY_BITS) - 1;

    @Test
    void of_anyTwoSegmentKeys_unpacksToSmallerAndLargerWithin32Bits() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 10_000; i++) {
            int a = random.nextInt(MAX_SEGMENT_KEY + 1);
            int b = random.nextInt(MAX_SEGMENT_KEY + 1);
            long key = PairKeys.of(a, b);

            assertThat(PairKeys.smaller(key)).isEqualTo(Math.min(a, b));
            assertThat(PairKeys.larger(key)).isEqualTo(Math.max(a, b));
            assertThat(key).isEqualTo(PairKeys.of(b, a)).isBetween(0L, 0xFFFF_FFFFL);
        }
    }

    @Test
    void of_sortedKeys_orderPairsByLargerBlockThenSmallerThenLarger() {
        SplittableRandom random = new SplittableRandom(9);
        List<int[]> pairs = IntStream.range(0, 2_000)
                .mapToObj(i -> new int[] {random.nextInt(3000), random.nextInt(3000)})
                .map(pair -> new int[] {Math.min(pair[0], pair[1]), Math.max(pair[0], pair[1])})
                .toList();

        List<int[]> byKey = pairs.stream().sorted(Comparator.comparingLong(pair -> PairKeys.of(pair[0], pair[1])))
                .toList();

        assertThat(byKey).isSortedAccordingTo(Comparator.<int[]>comparingInt(pair -> PairKeys.block(pair[1]))
                .thenComparingInt(pair -> pair[0]).thenComparingInt(pair -> pair[1]));
        assertThat(PairKeys.firstWithSmaller(7)).isEqualTo(PairKeys.of(7, 5 * PairKeys.SEGMENTS_PER_BLOCK) & ((1L << PairKeys.BLOCK_SHIFT) - 1));
    }
}
