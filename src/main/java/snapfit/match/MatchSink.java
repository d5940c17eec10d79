package snapfit.match;

/**
 * Where {@link PieceMatcher} delivers scores, a batch at a time. The matcher never calls a sink from two
 * threads at once, so a sink needs no locking of its own. A batch is only valid during the call.
 */
@FunctionalInterface
public interface MatchSink {

    void accept(MatchBatch batch);
}
