package snapfit.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Where true partners rank among all scored partners of a side: for every true neighbour pair,
 * from both sides, rank 1 + the number of other partners of that (detected) side scored strictly
 * lower, i.e. better.
 *
 * @param sides       true pair sides considered (two per pair)
 * @param unscored    sides whose true pair was never scored (a piece missed, a side mislabelled, or
 *                    the pair ruled out before scoring)
 * @param top1        sides whose true partner ranks first
 * @param top5        sides whose true partner ranks in the first five
 * @param medianRank  median rank over the scored sides; null when none was scored
 * @param worst       up to {@value #WORST_LISTED} sides whose true partner did not rank first, worst first
 */
public record RankAccuracy(
        @JsonProperty("sides") int sides,
        @JsonProperty("unscored") int unscored,
        @JsonProperty("top1") int top1,
        @JsonProperty("top5") int top5,
        @JsonProperty("median_rank") Double medianRank,
        @JsonProperty("worst") List<RankedSide> worst) {

    static final int WORST_LISTED = 10;

    public RankAccuracy {
        worst = List.copyOf(worst);
    }

    /** A side of a true pair and where its true partner ranked; ids are the truth's. */
    public record RankedSide(
            @JsonProperty("segment") String segment,
            @JsonProperty("partner") String partner,
            @JsonProperty("rank") int rank) {
    }

    /** top1 / sides, counting unscored sides as misses; 0 when there are no sides. */
    public double top1Rate() {
        return sides == 0 ? 0 : (double) top1 / sides;
    }

    /** top5 / sides, counting unscored sides as misses; 0 when there are no sides. */
    public double top5Rate() {
        return sides == 0 ? 0 : (double) top5 / sides;
    }
}
