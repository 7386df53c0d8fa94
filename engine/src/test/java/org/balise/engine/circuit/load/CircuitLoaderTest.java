package org.balise.engine.circuit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.balise.engine.circuit.TestCircuits.LOADER;
import static org.balise.engine.circuit.TestCircuits.SCHEMA;
import static org.balise.engine.circuit.TestCircuits.minimal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.TestCircuits;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.Matching;
import org.balise.engine.circuit.riddle.TextRiddle;
import org.balise.engine.circuit.validate.Problem;
import org.balise.engine.circuit.validate.Severity;
import org.balise.engine.circuit.validate.ValidationOptions;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.PresenceRule;
import org.balise.engine.geo.Zone;
import org.junit.jupiter.api.Test;

class CircuitLoaderTest {

    private static Circuit loaded(String json) {
        LoadResult result = LOADER.load(json);
        assertThat(result.problems()).isEmpty();
        return ((LoadResult.Loaded) result).circuit();
    }

    private static List<String> problems(String json) {
        return LOADER.load(json).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theMinimalCircuitLoadsWithoutAnyProblem() {
        Circuit circuit = loaded(TestCircuits.MINIMAL);

        assertThat(circuit.id()).isEqualTo("minimal");
        assertThat(circuit.stations()).extracting(Station::id).containsExactly("fontaine", "jardin");
        assertThat(circuit.languages().resolve(circuit.title(), "de")).isEqualTo("Minimal");
    }

    @Test
    void aStationWithoutPresenceRuleGetsTheDefaultOne() {
        assertThat(loaded(TestCircuits.MINIMAL).stations().getFirst().presence()).isEqualTo(PresenceRule.DEFAULT);
    }

    @Test
    void aPartialPresenceRuleKeepsTheDefaultsItDoesNotWrite() {
        String json = minimal()
                .setJson("/stations/0/presence", """
                        {"accuracyPolicy": "accuracy-circle-inside", "dwellSeconds": 30, "segmentCrossing": true}""")
                .json();

        PresenceRule rule = loaded(json).stations().getFirst().presence();

        assertThat(rule).isEqualTo(new PresenceRule(PresenceRule.AccuracyPolicy.ACCURACY_CIRCLE_INSIDE,
                PresenceRule.DEFAULT.maxAccuracyMetres(), 30, PresenceRule.DEFAULT.consecutiveFixes(),
                PresenceRule.DEFAULT.exitMarginMetres(), true));
    }

    @Test
    void aCircleKeepsItsNamedLatitudeAndLongitude() {
        assertThat(loaded(TestCircuits.MINIMAL).stations().getFirst().zone())
                .isEqualTo(new Zone.Circle(new LatLon(47.3220, 5.0396), 20));
    }

    @Test
    void aPolygonIsReadInGeoJsonOrderLongitudeFirst() {
        Zone.Polygon polygon = (Zone.Polygon) loaded(TestCircuits.MINIMAL).stations().get(1).zone();

        assertThat(polygon.outerRing().getFirst()).isEqualTo(new LatLon(47.3228, 5.0310));
    }

    @Test
    void aTextAnswerWithoutMatchingRulesIsForgiving() {
        TextRiddle riddle = (TextRiddle) loaded(TestCircuits.MINIMAL).stations().getFirst().riddle();

        assertThat(riddle.answer()).isEqualTo(new TextRiddle.Answer(List.of("Bareuzai"), Matching.DEFAULT));
    }

    @Test
    void durationsAreReadInSeconds() {
        String json = minimal()
                .set("/stations/0/timeLimitSeconds", 300)
                .setJson("/stations/0/hints", """
                        [{"id": "nom", "text": {"fr": "Un nom.", "en": "A name."}, "cost": 1, "availableAfterSeconds": 90}]""")
                .json();

        Station station = loaded(json).stations().getFirst();

        assertThat(station.timeLimit()).isEqualTo(Duration.ofSeconds(300));
        assertThat(station.hints().getFirst().availableAfter()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aFileThatIsNotJsonGivesOneProblemWithItsLineAndColumn() {
        assertThat(problems("{\n  \"id\": \"x\",\n  \"version\" \"1.0.0\"\n}")).containsExactly(
                "ERROR : The file is not valid JSON at line 3, column 13: a colon (:) is missing between a property's name"
                        + " and its value.");
    }

    @Test
    void twoValuesWithoutACommaBetweenThemAreExplained() {
        assertThat(problems("{\"id\": \"x\"\n \"version\": \"1.0.0\"}")).containsExactly(
                "ERROR : The file is not valid JSON at line 2, column 2: a comma is missing between two values.");
    }

    @Test
    void aPropertyWrittenTwiceInAnObjectIsASyntaxProblem() {
        assertThat(problems("{\"id\": \"a\", \"id\": \"b\"}")).singleElement().asString()
                .startsWith("ERROR : The file is not valid JSON at line 1, column ")
                .endsWith(": the property \"id\" appears twice in the same object.");
    }

    @Test
    void bytesThatAreNotUtf8GiveAProblemNotAnException() {
        byte[] latin1 = "{\"id\": \"é\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(LOADER.load(latin1).problems()).singleElement().extracting(Problem::message).asString()
                .contains("the file is not saved as UTF-8 text");
    }

    @Test
    void anEmptyFileIsExplained() {
        assertThat(problems("  \n")).containsExactly(
                "ERROR : The file is empty: a circuit is a JSON object, between { and }.");
    }

    @Test
    void everyShapeProblemIsReportedAtOnceInFileOrder() {
        String json = minimal()
                .set("/version", "1.0")
                .set("/stations/1/points", -1)
                .remove("/stations/0/zone/radius")
                .json();

        assertThat(problems(json)).containsExactly(
                "ERROR /version: A version is three whole numbers separated by dots, such as 1.0.0.",
                "ERROR /stations/0/zone/radius: The required property \"radius\" is missing.",
                "ERROR /stations/1/points: This should be at least 0.");
    }

    @Test
    void everyMeaningProblemIsReportedAtOnce() {
        String json = minimal()
                .set("/stations/1/id", "fontaine")
                .set("/stations/0/zone/radius", 10)
                .remove("/stations/1/title/en")
                .json();

        assertThat(LOADER.load(json)).isInstanceOf(LoadResult.Rejected.class);
        assertThat(problems(json)).containsExactly(
                "WARNING /stations/0/zone/radius: A radius of 10 m is below the usual GPS error of a phone (15 m):"
                        + " teams may stand at the right place and not be detected.",
                "ERROR /stations/1/id: The id \"fontaine\" is already used by another station (/stations/0);"
                        + " each station needs its own id.",
                "ERROR /stations/1/title/en: This text has no English (en) translation.");
    }

    @Test
    void aCircuitWithWarningsOnlyLoadsAndCarriesThem() {
        LoadResult result = LOADER.load(minimal().set("/stations/0/surveyed", false).json());

        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        assertThat(((LoadResult.Loaded) result).warnings()).extracting(Problem::pointer)
                .containsExactly("/stations/0/surveyed");
    }

    @Test
    void missingTranslationsCanBeWarningsWhileDrafting() {
        CircuitLoader drafting = new CircuitLoader(SCHEMA, ValidationOptions.DEFAULT.withMissingTranslation(Severity.WARNING));

        LoadResult result = drafting.load(minimal().remove("/stations/1/title/en").json());

        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        assertThat(result.problems()).extracting(Problem::severity, Problem::pointer)
                .containsExactly(tuple(Severity.WARNING, "/stations/1/title/en"));
    }

    @Test
    void aTextMissingInTheDefaultLanguageIsAnErrorEvenWhileDrafting() {
        CircuitLoader drafting = new CircuitLoader(SCHEMA, ValidationOptions.DEFAULT.withMissingTranslation(Severity.WARNING));

        LoadResult result = drafting.load(minimal().remove("/stations/1/title/fr").json());

        assertThat(result).isInstanceOf(LoadResult.Rejected.class);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "ERROR /stations/1/title/fr: This text has no French (fr) version: every text needs one in the"
                        + " circuit's default language.");
    }

    @Test
    void aNumberTooLargeToBeFiniteIsAProblemNotAnException() {
        String json = minimal().setJson("/stations/0/riddle", """
                {"type": "number", "question": {"fr": "?", "en": "?"}, "answer": {"value": 42}}""").json()
                .replace("\"value\":42", "\"value\":1e999");

        assertThat(LOADER.load(json).problems()).singleElement().extracting(Problem::message).asString()
                .isEqualTo("The circuit has the right shape but holds an impossible value: the value must be a finite"
                        + " number, was Infinity.");
    }

    @Test
    void theLoadedModelIsImmutable() {
        Circuit circuit = loaded(TestCircuits.MINIMAL);

        assertThat(circuit.stations()).isUnmodifiable();
        assertThat(circuit.title().texts()).isUnmodifiable();
        assertThat(Map.copyOf(circuit.title().texts())).containsEntry("en", "Minimal");
    }
}
