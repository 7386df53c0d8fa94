package org.balise.loadtest;

/**
 * Pairs a team's responses with the views its SSE listener receives, by sequence, to measure how long after
 * its response a change reaches the team's other phones. A team has one request of each kind in flight at
 * most and sends every few seconds, so remembering the last unpaired response and the last unpaired view
 * is enough: a response whose view has not come by the next response is counted as never seen (the stream
 * skipped it, e.g. because a later change was already in place when the view was built).
 *
 * <p>Called from Netty's event loops: synchronized.
 */
final class Delivery {

    private final Measurements measurements;
    private String respondedSequence;
    private long respondedAt;
    private boolean respondedCounted;
    private String viewedSequence;

    Delivery(Measurements measurements) {
        this.measurements = measurements;
    }

    /** A response with {@code sequence} arrived at {@code nanos}; {@code counted} in the measured window. */
    synchronized void responded(String sequence, long nanos, boolean counted) {
        if (sequence.equals(viewedSequence)) {
            viewedSequence = null;
            if (counted) {
                measurements.sseBeforeResponse.increment();
                Measurements.record(measurements.sseDelay, 0);
            }
            return;
        }
        if (respondedSequence != null && respondedCounted) {
            measurements.sseNeverSeen.increment();
        }
        respondedSequence = sequence;
        respondedAt = nanos;
        respondedCounted = counted;
    }

    /** The listener received the view {@code sequence} at {@code nanos}. */
    synchronized void viewed(String sequence, long nanos) {
        if (sequence.equals(respondedSequence)) {
            if (respondedCounted) {
                Measurements.record(measurements.sseDelay, nanos - respondedAt);
            }
            respondedSequence = null;
            return;
        }
        viewedSequence = sequence;
    }
}
