package org.balise.loadtest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one run does, read from {@code --name value} arguments; every value is bounded so that a run stays
 * a few minutes long and a typo cannot start a million teams.
 *
 * @param teams teams joined over HTTP, each posting fixes
 * @param listeners SSE listeners, one on each of the first {@code listeners} teams' streams
 * @param batch fixes in each {@code POST .../fixes}: a phone records a fix every {@code period / batch}
 * @param period how often each team posts a batch; teams are spread evenly over it
 * @param warmup load before measuring (the JIT compiles, pools fill), not counted
 * @param measured load that is measured
 * @param joinConcurrency joins in flight at once (every join appends to the session's one stream)
 * @param connections HTTP connections the teams share for fixes and answers (SSE listeners have their own)
 * @param answerAfter how long a team stands at a station before answering its riddle (wrongly), less than
 *     the {@link Walk#DWELL_SECONDS} it stands there
 * @param serverHeap the Balise JVM's {@code -Xmx}
 * @param serverJar the Balise jar to run (copied first, so a rebuild during the run does not disturb it)
 * @param seed seeds the walks and the GPS noise
 * @param serverProfile whether to record the server with Java Flight Recorder during the measured part
 */
record Options(int teams, int listeners, int batch, Duration period, Duration warmup, Duration measured,
        int joinConcurrency, int connections, Duration answerAfter, String serverHeap, Path serverJar, long seed,
        boolean serverProfile) {

    static final String USAGE = """
            java -jar load-test/target/load-test.jar [--teams 2000] [--listeners 1000] [--batch 5] \
            [--period-seconds 2] [--warmup-seconds 20] [--seconds 60] [--join-concurrency 1] [--connections 256] \
            [--answer-after-seconds 15] [--server-heap 512m] [--server-jar web/target/balise.jar] [--seed 1] \
            [--server-profile false]""";

    private static final Set<String> NAMES = Set.of("teams", "listeners", "batch", "period-seconds",
            "warmup-seconds", "seconds", "join-concurrency", "connections", "answer-after-seconds", "server-heap",
            "server-jar", "seed", "server-profile");

    Options {
        within("teams", teams, 1, 20_000);
        within("listeners", listeners, 0, teams);
        within("batch", batch, 1, 100);
        within("period-seconds", period.toSeconds(), 1, 60);
        within("warmup-seconds", warmup.toSeconds(), 0, 300);
        within("seconds", measured.toSeconds(), 1, 600);
        within("join-concurrency", joinConcurrency, 1, 64);
        within("connections", connections, 1, 4_096);
        // A team answers while it stands at a station, which it leaves after Walk.DWELL_SECONDS.
        within("answer-after-seconds", answerAfter.toSeconds(), 1, (long) Walk.DWELL_SECONDS - 1);
        if (!serverHeap.matches("[0-9]+[mMgG]")) {
            throw new IllegalArgumentException("--server-heap is a size such as 512m, not " + serverHeap);
        }
    }

    static Options parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!NAMES.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("Unknown or incomplete option " + args[i] + ". Usage: " + USAGE);
            }
            given.put(name, args[i + 1]);
        }
        return new Options(
                number(given, "teams", 2_000),
                number(given, "listeners", 1_000),
                number(given, "batch", 5),
                Duration.ofSeconds(number(given, "period-seconds", 2)),
                Duration.ofSeconds(number(given, "warmup-seconds", 20)),
                Duration.ofSeconds(number(given, "seconds", 60)),
                number(given, "join-concurrency", 1),
                number(given, "connections", 256),
                Duration.ofSeconds(number(given, "answer-after-seconds", 15)),
                given.getOrDefault("server-heap", "512m"),
                Path.of(given.getOrDefault("server-jar", "web/target/balise.jar")),
                number(given, "seed", 1),
                Boolean.parseBoolean(given.getOrDefault("server-profile", "false")));
    }

    /** Fixes per second the schedule offers: every team, {@code batch} fixes every {@code period}. */
    double offeredFixesPerSecond() {
        return (double) teams * batch / period.toMillis() * 1_000;
    }

    private static int number(Map<String, String> given, String name, int fallback) {
        String value = given.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is a whole number, not " + value);
        }
    }

    private static void within(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + name + " is between " + min + " and " + max + ", not " + value);
        }
    }
}
