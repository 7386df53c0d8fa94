package org.balise.loadtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * Copies the Balise process's output to a log file, line by line, for as long as the process writes (a
 * process whose pipe is not drained stops), and completes {@link #ready()} with the first line that starts
 * with the given marker. Keeps the last lines for error messages.
 */
final class ServerOutput {

    private static final int TAIL_LINES = 30;

    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private final Deque<String> tail = new ArrayDeque<>();

    private ServerOutput() {
    }

    static ServerOutput follow(Process process, Path log, String marker) throws IOException {
        ServerOutput output = new ServerOutput();
        Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        Thread copier = new Thread(() -> output.copy(process, file, marker), "balise-output");
        copier.setDaemon(true);
        copier.start();
        return output;
    }

    CompletableFuture<String> ready() {
        return ready;
    }

    synchronized String tail() {
        return String.join(System.lineSeparator(), tail);
    }

    private void copy(Process process, Writer file, String marker) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)); file) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                file.write(line);
                file.write(System.lineSeparator());
                file.flush();
                remember(line);
                if (line.startsWith(marker)) {
                    ready.complete(line);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(new UncheckedIOException(e));
        }
        ready.completeExceptionally(new IllegalStateException("Balise stopped before it was ready:"
                + System.lineSeparator() + tail()));
    }

    private synchronized void remember(String line) {
        tail.addLast(line);
        if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
        }
    }
}
