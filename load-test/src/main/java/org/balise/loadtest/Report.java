package org.balise.loadtest;

import java.time.Instant;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * A run's results as a Markdown table, ready for {@code docs/benchmarks.md}, with the targets of issue #6
 * judged on the measured numbers: at least 5,000 fixes/s with p99 at most 50 ms while 1,000 SSE listeners
 * follow, and 10,000 teams within a 512 MiB heap.
 *
 * @param joined the teams that joined and how
 * @param listeners listeners asked for
 * @param listening the listeners' counts
 * @param usage CPU used during the measured part
 * @param heap the server's GC log over the measured part
 * @param liveHeapMiB the heap after a full collection once the load stopped (teams and listeners still there),
 *     -1 if it could not be asked for
 * @param serverAlive whether Balise was still running at the end
 */
record Report(Options options, Joining.Joined joined, int listeners, ListenerCounts listening,
        Measurements measurements, Window window, Usage.Cores usage, GcLog.HeapUse heap, long liveHeapMiB,
        boolean serverAlive) {

    static final double FIXES_PER_SECOND_TARGET = 5_000;
    static final double P99_TARGET_MILLIS = 50;
    static final int LISTENERS_TARGET = 1_000;
    static final int EVENT_TEAMS_TARGET = 10_000;
    static final long EVENT_HEAP_TARGET_MIB = 512;

    /** What the listeners did: how many never sent their first view, how many streams ended early, views seen. */
    record ListenerCounts(long notOpened, long lost, long views) {
    }

    String markdown() {
        Measurements m = measurements;
        double seconds = window.measuredSeconds();
        double fixesPerSecond = m.fixesAnswered.sum() / seconds;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Run of %s; %d cores; %s %s for both JVMs; server -Xmx%s.%n",
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), options.serverHeap()));
        out.append(String.format(Locale.ROOT,
                "Scenario: %d teams (%d joined in %.1f s, %d at a time, join p50 %s ms, p99 %s ms), each posting"
                        + " %d fix(es) every %d s (%.0f fixes/s offered); %d SSE listeners; warm-up %d s,"
                        + " measured %d s.%n%n",
                options.teams(), joined.teams().size(), joined.took().toMillis() / 1e3, options.joinConcurrency(),
                millis(joined.latency(), 50), millis(joined.latency(), 99), options.batch(),
                options.period().toSeconds(), options.offeredFixesPerSecond(), listeners,
                options.warmup().toSeconds(), options.measured().toSeconds()));
        out.append("| measure | value |\n|---|---|\n");
        row(out, "fixes answered per second", String.format(Locale.ROOT, "%,.0f (%,.0f requests/s)", fixesPerSecond,
                m.fixRequests.sum() / seconds));
        row(out, "fix latency from due time, p50 / p99 / p99.9 / max", latencies(m.fixFromDue));
        row(out, "fix latency from send, p50 / p99 / p99.9 / max", latencies(m.fixFromSend));
        row(out, "seconds with a fix answered more than " + SlowSeconds.SLOW_MILLIS + " ms after it was due",
                m.slowSeconds.summary());
        row(out, "generator send lag, p50 / p99", millis(m.sendLag, 50) + " / " + millis(m.sendLag, 99) + " ms");
        row(out, "batches skipped (previous one unanswered)", Long.toString(m.missedBatches.sum()));
        row(out, "fixes in answered batches: accepted / rejected by the fix filter",
                m.positionsAccepted.sum() + " / " + m.fixesRejected.sum());
        row(out, "fix batches answered with the view (they changed it)", Long.toString(m.fixAnswersWithView.sum()));
        row(out, "answers: count, latency p50 / p99", m.answers.getTotalCount() + ", " + millis(m.answers, 50)
                + " / " + millis(m.answers, 99) + " ms");
        row(out, "answers' first event", m.answerOutcomes().toString());
        row(out, "SSE delivery delay after the response, p50 / p99 / p99.9 / max", latencies(m.sseDelay));
        row(out, "SSE views that arrived before their response / never seen", m.sseBeforeResponse.sum() + " / "
                + m.sseNeverSeen.sum() + " of " + m.sseDelay.getTotalCount() + " paired");
        row(out, "SSE listeners not opened / lost during the run / views received",
                listening.notOpened() + " / " + listening.lost() + " / " + listening.views());
        row(out, "failed requests (measured; by kind, warm-up included)", m.failureCount()
                + (m.failures().isEmpty() ? "" : " " + m.failures())
                + (joined.failures().isEmpty() ? "" : "; joins " + joined.failures()));
        row(out, "CPU used: server / generator / other processes (of " + Runtime.getRuntime().availableProcessors()
                + " cores)", String.format(Locale.ROOT, "%.2f / %.2f / %.2f cores", usage.server(), usage.generator(),
                usage.others()));
        row(out, "server heap: -Xmx / largest capacity / peak in use / peak after a GC", heapMiB() + " / "
                + heap.capacity() + " / " + heap.peakBefore() + " / " + heap.peakAfter() + " MiB");
        row(out, "server live heap after a full GC at the end",
                liveHeapMiB < 0 ? "not measured" : liveHeapMiB + " MiB");
        row(out, "server GC pauses: count, total, longest, full GCs", String.format(Locale.ROOT,
                "%d, %.0f ms, %.1f ms, %d", heap.pauses(), heap.pauseTotalMillis(), heap.pauseMaxMillis(),
                heap.fullPauses()));
        row(out, "server still running at the end", serverAlive ? "yes" : "NO");
        out.append('\n');
        out.append(targets(fixesPerSecond));
        return out.toString();
    }

    private String targets(double fixesPerSecond) {
        double p99 = measurements.fixFromDue.getValueAtPercentile(99) / 1e3;
        boolean clean = serverAlive && measurements.failureCount() == 0;
        boolean throughput = fixesPerSecond >= FIXES_PER_SECOND_TARGET && p99 <= P99_TARGET_MILLIS
                && listeners >= LISTENERS_TARGET && listening.notOpened() == 0 && clean;
        boolean event = joined.teams().size() >= EVENT_TEAMS_TARGET;
        boolean heapHolds = serverAlive && heapMiB() <= EVENT_HEAP_TARGET_MIB && heap.fullPauses() == 0;
        boolean keepsUp = clean && measurements.missedBatches.sum() == 0 && p99 <= P99_TARGET_MILLIS;
        return String.format(Locale.ROOT,
                "Target >= %,.0f fixes/s at p99 <= %.0f ms with %,d SSE listeners: %s (%,.0f fixes/s, p99 %.1f ms,"
                        + " %d listeners).%n"
                        + "Target %,d teams within %d MiB heap (server alive, no full GC): %s; the same event keeping"
                        + " up with its schedule (no failure, no skipped batch, p99 <= %.0f ms): %s.%n",
                FIXES_PER_SECOND_TARGET, P99_TARGET_MILLIS, LISTENERS_TARGET, throughput ? "MET" : "not met",
                fixesPerSecond, p99, listeners, EVENT_TEAMS_TARGET, EVENT_HEAP_TARGET_MIB,
                !event ? "not tried in this run" : heapHolds ? "MET" : "not met", P99_TARGET_MILLIS,
                !event ? "not tried" : keepsUp ? "MET" : "not met");
    }

    private long heapMiB() {
        long amount = Long.parseLong(options.serverHeap().substring(0, options.serverHeap().length() - 1));
        return Character.toLowerCase(options.serverHeap().charAt(options.serverHeap().length() - 1)) == 'g'
                ? amount * 1024 : amount;
    }

    private static void row(StringBuilder out, String measure, String value) {
        out.append("| ").append(measure).append(" | ").append(value).append(" |\n");
    }

    private static String latencies(Histogram histogram) {
        return millis(histogram, 50) + " / " + millis(histogram, 99) + " / " + millis(histogram, 99.9) + " / "
                + String.format(Locale.ROOT, "%.1f", histogram.getMaxValue() / 1e3) + " ms";
    }

    private static String millis(Histogram histogram, double percentile) {
        return String.format(Locale.ROOT, "%.1f", histogram.getValueAtPercentile(percentile) / 1e3);
    }
}
