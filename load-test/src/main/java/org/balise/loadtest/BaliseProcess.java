package org.balise.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balise.loadtest.server.SessionBootstrap;

/**
 * Balise in a JVM of its own, on the embedded store in the run's folder, with its heap capped and every
 * collection logged: the generator's allocations never count as the server's, and the server's heap is read
 * from its GC log.
 *
 * <p>The JVM runs {@code balise.jar} through Spring Boot's {@code PropertiesLauncher} with
 * {@link SessionBootstrap} as its main class, which starts Balise and opens one started session. Both doors
 * listen on loopback ports chosen by the system.
 */
final class BaliseProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern READY = Pattern.compile("port=(\\d+) joinCode=(\\S+)");

    private final Process process;
    private final ServerOutput output;
    private final Path gcLog;
    private final int playPort;
    private final String joinCode;

    private BaliseProcess(Process process, ServerOutput output, Path gcLog, int playPort, String joinCode) {
        this.process = process;
        this.output = output;
        this.gcLog = gcLog;
        this.playPort = playPort;
        this.joinCode = joinCode;
    }

    static BaliseProcess start(Options options, Path runFolder) throws IOException, InterruptedException {
        Path jar = Files.copy(options.serverJar(), runFolder.resolve("balise.jar"));
        Path bootstrap = BootstrapJar.write(runFolder.resolve("bootstrap.jar"));
        Path gcLog = runFolder.resolve("gc.log");
        List<String> command = List.of(
                Jdk.tool("java").toString(),
                "-Xmx" + options.serverHeap(),
                "-XX:+ExitOnOutOfMemoryError",
                // Deep enough for Reactor's call chains when a profile is recorded (the default, 64, cuts them).
                "-XX:FlightRecorderOptions:stackdepth=256",
                "-Xlog:gc:file=" + gcLog,
                "--enable-native-access=ALL-UNNAMED",
                "-Dloader.path=" + bootstrap,
                "-Dloader.main=" + SessionBootstrap.class.getName(),
                "-cp", jar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--balise.play.port=0",
                "--balise.back-office.port=0",
                "--balise.store.data-dir=" + runFolder.resolve("data"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(runFolder.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        Process process = builder.start();
        // Interrupted with Ctrl-C, the load test still stops the server it started.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-balise"));
        ServerOutput output = ServerOutput.follow(process, runFolder.resolve("server.log"), SessionBootstrap.READY);
        try {
            Matcher ready = READY.matcher(output.ready().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            if (!ready.find()) {
                throw new IllegalStateException("Unexpected ready line from Balise");
            }
            return new BaliseProcess(process, output, gcLog, Integer.parseInt(ready.group(1)), ready.group(2));
        } catch (ExecutionException | TimeoutException | RuntimeException failure) {
            stop(process);
            throw new IllegalStateException("Balise did not start within " + START_TIMEOUT.toSeconds() + " s:"
                    + System.lineSeparator() + output.tail(), failure);
        }
    }

    int playPort() {
        return playPort;
    }

    String joinCode() {
        return joinCode;
    }

    long pid() {
        return process.pid();
    }

    Path gcLog() {
        return gcLog;
    }

    boolean alive() {
        return process.isAlive();
    }

    String tail() {
        return output.tail();
    }

    /** CPU time the Balise JVM has used since it started, all threads. */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * Asks the JVM for a full collection ({@code jcmd GC.run}); the GC log then holds the live heap after it.
     *
     * @return whether jcmd ran and succeeded in time
     */
    boolean collectGarbage() throws IOException, InterruptedException {
        return jcmd("GC.run");
    }

    /** Starts a Java Flight Recorder recording (CPU samples, allocations, exceptions) into {@code file}. */
    boolean startRecording(Path file) throws IOException, InterruptedException {
        return jcmd("JFR.start", "name=load-test", "settings=profile", "filename=" + file);
    }

    /** Stops the recording and writes its file; {@code jfr view hot-methods <file>} then shows where CPU went. */
    boolean stopRecording() throws IOException, InterruptedException {
        return jcmd("JFR.stop", "name=load-test");
    }

    private boolean jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of(Jdk.tool("jcmd").toString(), Long.toString(pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean done = jcmd.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!done) {
            jcmd.destroyForcibly();
        }
        return done && jcmd.exitValue() == 0;
    }

    @Override
    public void close() throws InterruptedException {
        stop(process);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
