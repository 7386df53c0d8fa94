package org.balise.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Loads Balise's phone API as an event would: starts {@code balise.jar} in its own JVM on the embedded store,
 * opens a session of the sample circuit, joins the teams over HTTP, opens the SSE listeners, then lets every
 * team post fixes on schedule and answer riddles for a warm-up and a measured time, and prints the results as
 * Markdown. Everything runs on 127.0.0.x; the run stops by itself. Usage: {@link Options#USAGE}.
 */
public final class LoadTest {

    private static final long STARTED = System.nanoTime();

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.exit(2);
            return;
        }
        Path runFolder = Files.createTempDirectory("balise-load-test-");
        say("Run folder (server log, GC log, data): " + runFolder);
        Walk walk = new Walk(SampleCircuit.stops());
        try (BaliseProcess balise = BaliseProcess.start(options, runFolder)) {
            say("Balise runs (pid " + balise.pid() + ", play door on 127.0.0.1:" + balise.playPort() + ", join code "
                    + balise.joinCode() + ")");
            String report = run(options, balise, walk);
            Files.writeString(runFolder.resolve("report.md"), report);
            System.out.println();
            System.out.println(report);
        }
        deleteStore(runFolder);
    }

    private static String run(Options options, BaliseProcess balise, Walk walk)
            throws IOException, InterruptedException {
        GcLog gc = new GcLog(balise.gcLog());
        try (PhoneApi api = new PhoneApi(balise.playPort(), options.connections(), options.listeners())) {
            Joining.Joined joined = Joining.join(api, balise.joinCode(), options.teams(), options.joinConcurrency(),
                    walk, options.seed());
            say(joined.teams().size() + " teams joined in " + joined.took().toSeconds() + " s");
            Measurements measurements = new Measurements(options.measured());
            List<Team> followed = joined.teams().subList(0, Math.min(options.listeners(), joined.teams().size()));
            try (Listening listening = Listening.open(api, followed, measurements)) {
                say(followed.size() - listening.notOpened() + " SSE listeners follow their team");
                Window window = Window.startingNow(options.warmup(), options.measured());
                Usage[] marks = new Usage[2];
                Thread sampler = Thread.ofPlatform().name("usage-sampler")
                        .start(() -> sample(window, balise, gc, marks, options.serverProfile()));
                say("Load for " + (options.warmup().toSeconds() + options.measured().toSeconds()) + " s ("
                        + options.warmup().toSeconds() + " s warm-up)");
                new LoadSchedule(api, joined.teams(), walk, options, measurements, window).run();
                sampler.join(Duration.ofSeconds(30));
                long liveHeap = liveHeapAfterFullCollection(balise, gc);
                Report.ListenerCounts listeners = new Report.ListenerCounts(listening.notOpened(), listening.lost(),
                        listening.views());
                GcLog.HeapUse heap = marks[1] == null ? GcLog.HeapUse.NONE
                        : gc.between(marks[0].gcLogMark(), marks[1].gcLogMark());
                Usage.Cores cores = marks[1] == null ? Usage.Cores.UNKNOWN : marks[1].coresSince(marks[0]);
                return new Report(options, joined, followed.size(), listeners, measurements, window, cores, heap,
                        liveHeap, balise.alive()).markdown();
            }
        }
    }

    /** Takes the usage at the start and at the end of the measured part, and records it if asked to. */
    private static void sample(Window window, BaliseProcess balise, GcLog gc, Usage[] marks, boolean profile) {
        try {
            sleepUntil(window.measuredFrom());
            marks[0] = Usage.now(balise, gc);
            if (profile && !balise.startRecording(balise.gcLog().resolveSibling("server.jfr"))) {
                say("Could not start a flight recording of the server");
            }
            sleepUntil(window.end());
            marks[1] = Usage.now(balise, gc);
            if (profile && balise.stopRecording()) {
                say("Server profile: jfr view hot-methods " + balise.gcLog().resolveSibling("server.jfr"));
            }
        } catch (IOException e) {
            say("Could not read the server's usage: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long liveHeapAfterFullCollection(BaliseProcess balise, GcLog gc)
            throws IOException, InterruptedException {
        if (!balise.alive()) {
            return -1;
        }
        long before = gc.mark();
        return balise.collectGarbage() ? gc.between(before, gc.mark()).lastFullAfter() : -1;
    }

    private static void sleepUntil(long nanos) {
        for (long wait = nanos - System.nanoTime(); wait > 0; wait = nanos - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    /** The store's files are large and worth nothing after the run; the logs and the report stay. */
    private static void deleteStore(Path runFolder) throws IOException {
        Files.deleteIfExists(runFolder.resolve("balise.jar"));
        Path data = runFolder.resolve("data");
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void say(String line) {
        System.out.printf("[load-test %4d s] %s%n", Duration.ofNanos(System.nanoTime() - STARTED).toSeconds(), line);
    }
}
