package org.balise.loadtest;

import java.time.Duration;

/**
 * The instants of a run as {@link System#nanoTime()} values: load starts at {@code start}, is measured from
 * {@code measuredFrom} (after the warm-up) and ends at {@code end}.
 */
record Window(long start, long measuredFrom, long end) {

    static Window startingNow(Duration warmup, Duration measured) {
        long now = System.nanoTime();
        return new Window(now, now + warmup.toNanos(), now + warmup.toNanos() + measured.toNanos());
    }

    /** Whether a request due at {@code nanos} is measured. */
    boolean measures(long nanos) {
        return nanos >= measuredFrom && nanos < end;
    }

    double measuredSeconds() {
        return (end - measuredFrom) / 1e9;
    }
}
