package org.balise.loadtest;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The fix latencies of each second of the measured part, by the second their batch was due: whether slow
 * answers are spread over the run or bunched in a few seconds (a pause, a burst of store reads) tells where
 * to look. Thread-safe.
 */
final class SlowSeconds {

    /** A fix batch answered later than this after it was due is slow. */
    static final long SLOW_MILLIS = 50;

    private final AtomicLongArray slowCounts;
    private final AtomicLongArray worstMicros;

    SlowSeconds(Duration measured) {
        int seconds = (int) Math.max(1, measured.toSeconds());
        this.slowCounts = new AtomicLongArray(seconds);
        this.worstMicros = new AtomicLongArray(seconds);
    }

    /** A batch due {@code dueNanos} after the measured part started was answered after {@code latencyNanos}. */
    void record(long dueNanos, long latencyNanos) {
        int second = (int) TimeUnit.NANOSECONDS.toSeconds(dueNanos);
        if (second < 0 || second >= slowCounts.length()) {
            return;
        }
        long micros = TimeUnit.NANOSECONDS.toMicros(latencyNanos);
        worstMicros.accumulateAndGet(second, micros, Math::max);
        if (micros > SLOW_MILLIS * 1_000) {
            slowCounts.incrementAndGet(second);
        }
    }

    /** E.g. "3 of 60 s; worst: s 41 (1,200 slow, max 3,204 ms), s 42 (...)". */
    String summary() {
        List<Integer> slow = IntStream.range(0, slowCounts.length()).filter(second -> slowCounts.get(second) > 0)
                .boxed().toList();
        String worst = slow.stream()
                .sorted(Comparator.comparingLong((Integer second) -> slowCounts.get(second)).reversed())
                .limit(3)
                .map(second -> String.format(Locale.ROOT, "s %d (%,d slow, max %,.0f ms)", second,
                        slowCounts.get(second), worstMicros.get(second) / 1e3))
                .collect(Collectors.joining(", "));
        return slow.size() + " of " + slowCounts.length() + " s" + (slow.isEmpty() ? "" : "; most: " + worst);
    }
}
