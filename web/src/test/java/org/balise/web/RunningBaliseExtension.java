package org.balise.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the whole of Balise, started as {@code main} starts it (both doors on free ports, the
 * embedded store in a fresh folder). Started once per test run and shared by every class that asks for
 * it, because starting three contexts takes seconds; stopped when the test run ends.
 */
public final class RunningBaliseExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == RunningBalise.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(RunningBaliseExtension.class, key -> new Started(start()), Started.class)
                .balise();
    }

    private static RunningBalise start() {
        try {
            Path dataDir = Files.createTempDirectory("balise-test-data");
            return BaliseApplication.start(
                    "--balise.play.port=0",
                    "--balise.back-office.port=0",
                    "--balise.store.data-dir=" + dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closed by JUnit when the root store closes, at the end of the run. */
    private record Started(RunningBalise balise) implements AutoCloseable {
        @Override
        public void close() {
            balise.close();
        }
    }
}
