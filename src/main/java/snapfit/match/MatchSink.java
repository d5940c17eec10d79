package snapfit.match;

/**
 * Where {@link PieceMatcher} delivers scores, a batch at a time. The matcher calls a sink only on the
 * thread that started the run, so a sink needs no locking of its own and may use objects confined to
 * that thread (a database connection). A batch is only valid during the call.
 */
@FunctionalInterface
public interface MatchSink {

    void accept(MatchBatch batch);
}
