package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.LocalProjection;
import org.balise.engine.geo.PlanePoint;
import org.balise.engine.geo.Zone;
import org.junit.jupiter.api.Test;

/** La Fontaine des Métiers: a walking loop through the positive-energy district of Fontaine d'Ouche. */
class FontaineDesMetiersTest {

    private static final Circuit CIRCUIT = Circuits.shipped(Circuits.FONTAINE);

    @Test
    void itIsPlayedOnSiteAndOnTheMapInFrenchAndEnglish() {
        assertThat(CIRCUIT.modes()).containsExactlyInAnyOrder(Mode.ON_SITE, Mode.VIRTUAL);
        assertThat(CIRCUIT.languages().declared()).containsExactly("fr", "en");
    }

    @Test
    void eachTeamStartsAtADifferentStationOfALoopOfEightToTwelveFromTheTerminusToWhereToTrain() {
        assertThat(CIRCUIT.progression()).isInstanceOfSatisfying(Progression.Rotation.class, rotation -> {
            assertThat(rotation.loop()).hasSizeBetween(8, 12)
                    .containsExactlyElementsOf(CIRCUIT.stations().stream().map(Station::id).toList());
            assertThat(rotation.loop().getFirst()).isEqualTo("terminus");
            assertThat(rotation.loop().getLast()).isEqualTo("ou-se-former");
        });
    }

    @Test
    void theLoopIsAWalkOfAboutTwoKilometres() {
        List<LatLon> centres = CIRCUIT.stations().stream().map(s -> ((Zone.Circle) s.zone()).centre()).toList();
        LocalProjection plane = LocalProjection.centredOn(centres.getFirst());
        double metres = 0;
        for (int i = 0; i < centres.size(); i++) {
            PlanePoint from = plane.project(centres.get(i));
            PlanePoint to = plane.project(centres.get((i + 1) % centres.size()));
            metres += from.distanceTo(to);
        }

        assertThat(metres).as("sum of the straight legs, back to the terminus; README says 2.27 km").isBetween(2_200.0, 2_350.0);
    }

    @Test
    void everyStationIsACircleWideEnoughForGpsBetweenTallBlocks() {
        assertThat(CIRCUIT.stations()).allSatisfy(station -> {
            assertThat(station.zone()).isInstanceOfSatisfying(Zone.Circle.class,
                    circle -> assertThat(circle.radiusMetres()).isBetween(25.0, 50.0));
            assertThat(station.presence().consecutiveFixes()).isGreaterThan(1);
            assertThat(station.presence().dwellSeconds()).isPositive();
            assertThat(station.fallbackProofs()).as("the teacher can vouch when GPS fails").isNotEmpty();
        });
    }

    @Test
    void everyStationHasARiddleForTheMapAndHintsThatCostPointsAfterADelay() {
        assertThat(CIRCUIT.stations()).allSatisfy(station -> {
            assertThat(station.virtualRiddle()).as(station.id()).isNotNull();
            assertThat(station.hints()).as(station.id()).isNotEmpty().allSatisfy(hint -> {
                assertThat(hint.cost()).isPositive();
                assertThat(hint.availableAfter()).isPositive();
            });
        });
    }

    @Test
    void everyStationShowsTradesWithTheirOnisepTrainingPaths() {
        assertThat(CIRCUIT.stations()).allSatisfy(station -> assertThat(station.rewards().trades()).as(station.id()).isNotEmpty());
        assertThat(CIRCUIT.trades()).allSatisfy(OnisepTrades::assertCredited);
    }

    @Test
    void theStationsLettersSpellTheFinalAnswerInEachLanguage() {
        assertThat(CIRCUIT.finalRiddle().clues()).hasSize(CIRCUIT.stations().size());
        assertThat(CIRCUIT.finalRiddle().cluesNeeded()).as("a late team may guess the word").isLessThan(CIRCUIT.stations().size());
        assertThat(lettersIn("fr")).isEqualTo(sorted("ELECTRICITE"));
        assertThat(lettersIn("en")).isEqualTo(sorted("ELECTRICITY"));
    }

    private static String lettersIn(String language) {
        return sorted(CIRCUIT.stations().stream()
                .map(station -> station.rewards().clue().text().in(language).orElseThrow())
                .map(text -> text.substring(text.length() - 1))
                .reduce("", String::concat));
    }

    private static String sorted(String letters) {
        return letters.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
