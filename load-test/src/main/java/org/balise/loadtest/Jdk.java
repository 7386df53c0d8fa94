package org.balise.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tools of the JDK running the load test: Balise runs on the same {@code java}, and its heap is read with
 * the same {@code jcmd}.
 */
final class Jdk {

    private Jdk() {
    }

    static Path tool(String name) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", name);
        if (!Files.isExecutable(tool)) {
            throw new IllegalStateException("No " + tool + ": run the load test with a JDK (21 or newer), not a JRE.");
        }
        return tool;
    }
}
