package org.balise.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.balise.engine.circuit.load.CircuitLoader;
import org.balise.engine.circuit.load.CircuitSchema;
import org.balise.engine.circuit.validate.ValidationOptions;

/** Where the tests find circuits, and the loader they use: the schema as the content jar ships it. */
final class Corpus {

    /** The shipped circuits: one folder each, named after the circuit's id, holding circuit.json. */
    static final Path SHIPPED = Path.of("src/main/resources/circuits");

    /** Broken circuits: {@code case.json} and {@code case.expected}, the exact problems it must produce. */
    static final Path BROKEN = Path.of("src/test/resources/broken");

    static final CircuitLoader LOADER = new CircuitLoader(CircuitSchema.fromClasspath(), ValidationOptions.DEFAULT);

    private Corpus() {
    }

    static List<Path> list(Path folder, String glob) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
