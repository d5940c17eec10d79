package snapfit.match;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import snapfit.model.MatchResult;
import snapfit.model.PieceId;
import snapfit.model.SegmentPair;

/**
 * Matches held in memory, best first, with the seed's queries: the best N, those of one piece, and
 * the pairs scored. For small puzzles, tests and notebooks; at puzzle scale the same queries run on
 * {@code MatchStore} without holding the matches. Immutable.
 */
public final class MatchList {

    private static final Comparator<MatchResult> BEST_FIRST = Comparator
            .comparingDouble(MatchResult::effectiveSimilarity)
            .thenComparing(MatchResult::segId1)
            .thenComparing(MatchResult::segId2);

    private final List<MatchResult> matches;

    private MatchList(List<MatchResult> matches) {
        this.matches = matches.stream().sorted(BEST_FIRST).toList();
    }

    public static MatchList of(List<MatchResult> matches) {
        return new MatchList(matches);
    }

    /** Every pair {@code matcher} scores, in memory. */
    public static MatchList scoredBy(PieceMatcher matcher) {
        return of(matcher.matchAllToList());
    }

    /** All matches, best (lowest effective similarity) first. */
    public List<MatchResult> all() {
        return matches;
    }

    /** The best {@code n} matches. */
    public List<MatchResult> top(int n) {
        return matches.subList(0, Math.min(n, matches.size()));
    }

    /** The matches that involve any edge of {@code piece}, best first. */
    public List<MatchResult> forPiece(PieceId piece) {
        return matches.stream()
                .filter(match -> match.segId1().pieceId().equals(piece) || match.segId2().pieceId().equals(piece))
                .toList();
    }

    /** The unordered pairs that were scored. */
    public Set<SegmentPair> pairKeys() {
        return matches.stream().map(MatchResult::pairKey).collect(Collectors.toUnmodifiableSet());
    }

    public int size() {
        return matches.size();
    }
}
