package org.balise.engine.play;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.balise.engine.circuit.TestCircuits;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.model.Circuit;

/**
 * The sample circuit game-content ships, read from its source folder (the engine must not depend on
 * game-content; tests run from the engine module's folder), loaded and validated like any circuit.
 */
public final class SampleCircuit {

    private static final Path FILE = Path.of("..", "game-content", "src", "main", "resources", "circuits", "sample",
            "circuit.json");

    private static final PreparedCircuit PREPARED = PreparedCircuit.of(load());

    private SampleCircuit() {
    }

    public static PreparedCircuit prepared() {
        return PREPARED;
    }

    private static Circuit load() {
        try {
            LoadResult result = TestCircuits.LOADER.load(Files.readAllBytes(FILE));
            if (result instanceof LoadResult.Loaded loaded) {
                return loaded.circuit();
            }
            throw new IllegalStateException("the sample circuit does not load: " + result.problems());
        } catch (IOException e) {
            throw new UncheckedIOException("the sample circuit is not at " + FILE.toAbsolutePath(), e);
        }
    }
}
