package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ValidateCircuitTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(String... args) {
        return ValidateCircuit.run(List.of(args), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aCleanCircuitExitsWithZeroAndPrintsItsAcceptedWarnings() throws IOException {
        Path sample = Corpus.SHIPPED.resolve("sample/circuit.json");

        assertThat(run(sample.toString())).isZero();

        List<String> warnings = Files.readAllLines(sample.resolveSibling("circuit.warnings")).stream()
                .filter(line -> !line.startsWith("#")).toList();
        assertThat(lines()).containsExactlyElementsOf(concat(warnings, sample + ": 0 errors, 6 warnings."));
    }

    @Test
    void aCircuitFolderCanBeNamedInsteadOfItsFile() {
        assertThat(run(Corpus.SHIPPED.resolve("sample").toString())).isZero();
        assertThat(lines().getLast()).endsWith("sample/circuit.json: 0 errors, 6 warnings.");
    }

    @Test
    void aCircuitWithErrorsExitsWithOneAndPrintsEachProblemOnItsLine() {
        Path broken = Corpus.BROKEN.resolve("several-meaning-problems.json");

        assertThat(run(broken.toString())).isEqualTo(1);

        assertThat(lines()).containsExactly(
                "ERROR /stations/1/id: The id \"fontaine\" is already used by another station (/stations/0); each"
                        + " station needs its own id.",
                "ERROR /stations/1/riddle/answer/correct: The correct option \"hibou\" is not one of this riddle's"
                        + " options (\"chouette\", \"chat\").",
                "ERROR /stations/2/title/en: This text has no English (en) translation.",
                "WARNING /stations/2/surveyed: This station's coordinates are estimates (surveyed is false): check"
                        + " them on site before playing.",
                broken + ": 3 errors, 1 warning.");
    }

    @Test
    void missingTranslationsCanBeDowngradedToWarnings() {
        Path broken = Corpus.BROKEN.resolve("missing-translation.json");

        assertThat(run("--missing-translations=warning", broken.toString())).isZero();

        assertThat(lines()).containsExactly(
                "WARNING /stations/1/onSite/description/en: This text has no English (en) translation.",
                broken + ": 0 errors, 1 warning.");
    }

    @Test
    void aMediaFileMissingFromTheCircuitsFolderIsAnError(@TempDir Path folder) throws IOException {
        ObjectNode circuit = (ObjectNode) JsonMapper.shared().readTree(
                Files.readAllBytes(Corpus.BROKEN.resolve("unused-media-and-trade.json")));
        circuit.remove("trades");
        ((ObjectNode) circuit.at("/stations/0/onSite")).set("media", JsonMapper.shared().createArrayNode().add("photo"));
        Path json = folder.resolve("circuit.json");
        Files.writeString(json, circuit.toString());

        assertThat(run(json.toString())).isEqualTo(1);

        assertThat(lines()).containsExactly(
                "ERROR /media/0/path: There is no file media/photo.jpg in the circuit's folder.",
                json + ": 1 error, 0 warnings.");
    }

    @Test
    void anyFileWithErrorsMakesTheWholeRunFail() {
        assertThat(run(Corpus.SHIPPED.resolve("sample").toString(), Corpus.BROKEN.resolve("empty-file.json").toString()))
                .isEqualTo(1);
    }

    @Test
    void withoutAFileTheValidatorExplainsHowToCallIt() {
        assertThat(run()).isEqualTo(2);
        assertThat(lines().getFirst()).isEqualTo("Name at least one circuit file.");
        assertThat(lines().getLast()).startsWith("Usage: ValidateCircuit ");
    }

    @Test
    void anUnknownOptionIsRefused() {
        assertThat(run("--strict", "circuit.json")).isEqualTo(2);
        assertThat(lines().getFirst()).isEqualTo("Unknown option --strict.");
    }

    @Test
    void aFileThatCannotBeReadIsAUsageError(@TempDir Path folder) {
        assertThat(run(folder.resolve("nowhere.json").toString())).isEqualTo(2);
        assertThat(lines().getFirst()).startsWith(folder.resolve("nowhere.json") + ": cannot be read");
    }

    private static List<String> concat(List<String> lines, String last) {
        return Stream.concat(lines.stream(), Stream.of(last)).toList();
    }
}
