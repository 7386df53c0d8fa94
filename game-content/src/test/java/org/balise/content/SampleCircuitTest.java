package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.balise.engine.circuit.load.CircuitLoader;
import org.balise.engine.circuit.load.CircuitSchema;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.validate.CircuitTexts;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.engine.circuit.validate.Problem;
import org.balise.engine.circuit.validate.Severity;
import org.balise.engine.circuit.validate.ValidationOptions;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.Zone;
import org.balise.engine.i18n.Translatable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The sample circuit shows every part of the format, so it must keep doing so. */
class SampleCircuitTest {

    private static final Path SAMPLE = Corpus.SHIPPED.resolve("sample/circuit.json");

    private static Circuit sample() throws IOException {
        return ((LoadResult.Loaded) Corpus.LOADER.load(Files.readAllBytes(SAMPLE))).circuit();
    }

    @Test
    void theSampleAsksEveryKindOfRiddle() throws IOException {
        Circuit circuit = sample();
        Set<String> kinds = new HashSet<>();
        for (Station station : circuit.stations()) {
            kinds.add(station.riddle().kind());
            if (station.virtualRiddle() != null) {
                kinds.add(station.virtualRiddle().kind());
            }
        }
        kinds.add(circuit.finalRiddle().riddle().kind());

        assertThat(kinds).containsExactlyInAnyOrder(
                "text", "number", "single-choice", "multiple-choice", "ordering", "code", "location-only", "photo");
        assertThat(Riddle.class.getPermittedSubclasses()).hasSize(kinds.size());
    }

    @Test
    void theSampleHasBothZoneKindsBothModesAndTwoLanguages() throws IOException {
        Circuit circuit = sample();

        assertThat(circuit.stations()).extracting(Station::zone)
                .hasAtLeastOneElementOfType(Zone.Circle.class)
                .hasAtLeastOneElementOfType(Zone.Polygon.class);
        assertThat(circuit.modes()).containsExactlyInAnyOrder(Mode.ON_SITE, Mode.VIRTUAL);
        assertThat(circuit.languages().declared()).containsExactly("fr", "en");
    }

    @Test
    void theSampleIsInTheCentreOfDijon() throws IOException {
        for (Station station : sample().stations()) {
            List<LatLon> positions = switch (station.zone()) {
                case Zone.Circle circle -> List.of(circle.centre());
                case Zone.Polygon polygon -> polygon.outerRing();
                case null -> List.of();
            };
            assertThat(positions).allSatisfy(position -> {
                assertThat(position.latitude()).isBetween(47.31, 47.33);
                assertThat(position.longitude()).isBetween(5.02, 5.05);
            });
        }
    }

    @Test
    void everyLocalizedTextOfTheFileIsOneTheCompletenessReportChecks() throws IOException {
        JsonNode file = JsonMapper.shared().readTree(Files.readAllBytes(SAMPLE));
        Set<String> inFile = new HashSet<>();
        collectLocalizedTexts(file, Pointer.root(), inFile);

        Set<String> checked = new HashSet<>();
        CircuitTexts.of(sample()).stream().map(Translatable::pointer).forEach(checked::add);

        assertThat(checked).isEqualTo(inFile).hasSizeGreaterThan(50);
    }

    @Test
    void removingALanguageFromTheFileReportsOneMissingTranslationPerText() throws IOException {
        JsonNode file = JsonMapper.shared().readTree(Files.readAllBytes(SAMPLE));
        Set<String> texts = new HashSet<>();
        collectLocalizedTexts(file, Pointer.root(), texts);
        texts.forEach(pointer -> ((ObjectNode) file.at(pointer)).remove("en"));
        CircuitLoader drafting = new CircuitLoader(CircuitSchema.fromClasspath(),
                ValidationOptions.DEFAULT.withMissingTranslation(Severity.WARNING));

        List<Problem> problems = drafting.load(file.toString()).problems();

        assertThat(problems).filteredOn(p -> p.message().equals("This text has no English (en) translation."))
                .extracting(Problem::pointer)
                .containsExactlyInAnyOrderElementsOf(texts.stream().map(pointer -> pointer + "/en").toList());
    }

    /** A localized text in the sample is an object whose keys are all among its languages, fr and en. */
    private static void collectLocalizedTexts(JsonNode node, Pointer at, Set<String> found) {
        if (node.isObject()) {
            if (!node.isEmpty() && Set.of("fr", "en").containsAll(node.propertyNames())) {
                found.add(at.toString());
                return;
            }
            node.properties().forEach(entry -> collectLocalizedTexts(entry.getValue(), at.at(entry.getKey()), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLocalizedTexts(node.get(i), at.at(i), found);
            }
        }
    }

    @Test
    void theSampleFolderHoldsNothingButTheCircuitItsAcceptedWarningsAndItsMedia() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLE.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("circuit.json", "circuit.warnings", "media");
        }
    }
}
