package org.balise.loadtest;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What the measured part of a run saw. Latencies are HdrHistograms in microseconds (3 significant digits);
 * counts are adders. Recorded from the schedule's thread and Netty's event loops at once: thread-safe.
 */
final class Measurements {

    /** From the instant a batch was due (the phone's clock) to its response: includes any wait to be sent. */
    final Histogram fixFromDue = histogram();
    /** From the instant a batch was handed to the HTTP client to its response. */
    final Histogram fixFromSend = histogram();
    /** How late the schedule handed batches to the HTTP client: the generator's own lag. */
    final Histogram sendLag = histogram();
    final Histogram answers = histogram();
    /** From a response to the SSE view with the response's sequence; 0 when the view came first. */
    final Histogram sseDelay = histogram();

    final SlowSeconds slowSeconds;

    final LongAdder fixRequests = new LongAdder();
    final LongAdder fixesAnswered = new LongAdder();
    final LongAdder positionsAccepted = new LongAdder();
    /** Fix batches answered with the view (those that changed it). */
    final LongAdder fixAnswersWithView = new LongAdder();
    final LongAdder fixesRejected = new LongAdder();
    final LongAdder missedBatches = new LongAdder();
    final LongAdder sseBeforeResponse = new LongAdder();
    final LongAdder sseNeverSeen = new LongAdder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> answerOutcomes = new ConcurrentHashMap<>();

    /** For joins and listeners, which have no measured part of their own. */
    Measurements() {
        this(Duration.ZERO);
    }

    Measurements(Duration measured) {
        this.slowSeconds = new SlowSeconds(measured);
    }

    static Histogram histogram() {
        return new ConcurrentHistogram(3);
    }

    static void record(Histogram histogram, long nanos) {
        histogram.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)));
    }

    /** A request that failed: {@code what} is its kind and the status or exception, e.g. {@code fixes 500}. */
    void failed(String what) {
        failures.computeIfAbsent(what, unused -> new LongAdder()).increment();
    }

    /** A failure in the measured part ({@code counted}) or in the warm-up, which is reported apart. */
    void failed(boolean counted, String what) {
        failed(counted ? what : "warm-up " + what);
    }

    void answered(String outcome) {
        answerOutcomes.computeIfAbsent(outcome, unused -> new LongAdder()).increment();
    }

    Map<String, Long> failures() {
        return snapshot(failures);
    }

    Map<String, Long> answerOutcomes() {
        return snapshot(answerOutcomes);
    }

    /** Failures in the measured part. */
    long failureCount() {
        return failures().entrySet().stream().filter(failure -> !failure.getKey().startsWith("warm-up"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }
}
