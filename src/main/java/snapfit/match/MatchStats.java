package snapfit.match;

import java.time.Duration;

/**
 * What one matching run did.
 *
 * @param pairsConsidered segment pairs of different pieces that were looked at
 * @param pairsScored     of those, the pairs that passed the shape and length gates and were scored
 * @param elapsed         wall time, including the time the sink took
 * @param sinkTime        wall time spent inside the sink; it overlaps the scoring, which goes on meanwhile
 */
public record MatchStats(long pairsConsidered, long pairsScored, Duration elapsed, Duration sinkTime) {

    /** Scored pairs per second of wall time. */
    public double pairsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? pairsScored / seconds : 0;
    }
}
