package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.validate.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every circuit Balise ships loads, in its folder named after its id, with its media files present and no
 * warning but those its author accepted in {@code circuit.warnings} (one per line, as the validator prints
 * them). Lists the circuits folder, so a new circuit is tested by being added.
 */
class ShippedCircuitsTest {

    static List<Path> circuits() {
        return Corpus.list(Corpus.SHIPPED, "*").stream().filter(Files::isDirectory).toList();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("circuits")
    void everyShippedCircuitLoadsWithOnlyItsAcceptedWarnings(Path folder) throws IOException {
        LoadResult result = Corpus.LOADER.load(Files.readAllBytes(folder.resolve("circuit.json")));

        assertThat(result.problems()).extracting(Problem::toString).containsExactlyElementsOf(acceptedWarnings(folder));
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        Circuit circuit = ((LoadResult.Loaded) result).circuit();
        assertThat(circuit.id()).isEqualTo(folder.getFileName().toString());
        assertThat(MediaFiles.missing(circuit, folder)).isEmpty();
    }

    private static List<String> acceptedWarnings(Path folder) throws IOException {
        Path accepted = folder.resolve("circuit.warnings");
        if (!Files.exists(accepted)) {
            return List.of();
        }
        return Files.readAllLines(accepted).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
}
