package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cases as data: each {@code broken/<case>.json} must produce exactly the problems listed, in order, in
 * {@code broken/<case>.expected} (one {@code SEVERITY /pointer: sentence} per line; lines starting with
 * {@code #} say what the case is about).
 */
class BrokenCircuitsTest {

    static Stream<Arguments> cases() {
        return Corpus.list(Corpus.BROKEN, "*.json").stream()
                .map(json -> Arguments.of(json.getFileName().toString().replace(".json", ""), json));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenCircuitGivesExactlyItsExpectedProblems(String name, Path json) throws IOException {
        List<String> expected = Files.readAllLines(json.resolveSibling(name + ".expected")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();

        LoadResult result = Corpus.LOADER.load(Files.readAllBytes(json));

        assertThat(result.problems()).extracting(Problem::toString).containsExactlyElementsOf(expected);
        boolean anyError = expected.stream().anyMatch(line -> line.startsWith("ERROR"));
        assertThat(result).isInstanceOf(anyError ? LoadResult.Rejected.class : LoadResult.Loaded.class);
    }

    @Test
    void theCorpusHoldsAtLeastThirtyCasesEachWithItsExpectations() {
        List<Path> cases = Corpus.list(Corpus.BROKEN, "*.json");

        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases).allSatisfy(json -> assertThat(json.resolveSibling(
                json.getFileName().toString().replace(".json", ".expected"))).isRegularFile());
        assertThat(Corpus.list(Corpus.BROKEN, "*.expected")).hasSameSizeAs(cases);
    }
}
