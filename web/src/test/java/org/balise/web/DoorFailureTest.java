package org.balise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** If one door cannot open, Balise must not linger half-started: the process ends with an error. */
class DoorFailureTest {

    @TempDir
    Path dataDir;

    @Test
    void aBackOfficePortAlreadyTakenEndsTheProcessWithTheReason() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
            Process balise = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    BaliseApplication.class.getName(),
                    "--balise.play.port=0",
                    "--balise.back-office.port=" + taken.getLocalPort(),
                    "--balise.store.data-dir=" + dataDir))
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("output.log").toFile())
                    .start();

            boolean ended = balise.waitFor(2, TimeUnit.MINUTES);
            String output = Files.readString(dataDir.resolve("output.log"), StandardCharsets.UTF_8);

            assertThat(ended).as("the process ends by itself").isTrue();
            assertThat(balise.exitValue()).isEqualTo(1);
            assertThat(output).contains("Balise could not start").contains(String.valueOf(taken.getLocalPort()));
        }
    }
}
