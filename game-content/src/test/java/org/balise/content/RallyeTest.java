package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.LocationRiddle;
import org.balise.engine.geo.Zone;
import org.junit.jupiter.api.Test;

/** The rally template: thirty points in Dijon's centre, one personalised route per pair. */
class RallyeTest {

    private static final Circuit CIRCUIT = Circuits.shipped(Circuits.RALLYE);

    private static Progression.Routes routes() {
        return (Progression.Routes) CIRCUIT.progression();
    }

    @Test
    void itIsPlayedOnSiteAndOnTheMapInFrenchAndEnglish() {
        assertThat(CIRCUIT.modes()).containsExactlyInAnyOrder(Mode.ON_SITE, Mode.VIRTUAL);
        assertThat(CIRCUIT.languages().declared()).containsExactly("fr", "en");
    }

    @Test
    void thirtyPointsAreSpreadOverDijonsCentreAndAwaitTheirSurvey() {
        assertThat(CIRCUIT.stations()).hasSize(30).allSatisfy(station -> {
            assertThat(station.zone()).isInstanceOfSatisfying(Zone.Circle.class, circle -> {
                assertThat(circle.radiusMetres()).isGreaterThanOrEqualTo(25);
                assertThat(circle.centre().latitude()).isBetween(47.310, 47.330);
                assertThat(circle.centre().longitude()).isBetween(5.025, 5.055);
            });
            assertThat(station.surveyed()).isFalse();
        });
    }

    @Test
    void fifteenRoutesTakeEachPairToEveryPointInOrder() {
        assertThat(routes().inOrder()).isTrue();
        assertThat(routes().routes()).hasSize(15).allSatisfy(route -> assertThat(route.stations())
                .containsExactlyInAnyOrderElementsOf(CIRCUIT.stations().stream().map(Station::id).toList()));
    }

    @Test
    void noPointHoldsTheSamePositionOnTwoRoutes() {
        for (int position = 0; position < 30; position++) {
            Set<String> atPosition = new HashSet<>();
            for (Progression.Route route : routes().routes()) {
                atPosition.add(route.stations().get(position));
            }
            assertThat(atPosition).as("points at position %d", position + 1).hasSize(15);
        }
    }

    @Test
    void mostPointsAreCapturedByBeingThereAndAFewAskAShortQuestion() {
        List<Station> capturedByBeingThere = CIRCUIT.stations().stream()
                .filter(station -> station.riddle() instanceof LocationRiddle).toList();

        assertThat(capturedByBeingThere).hasSizeGreaterThanOrEqualTo(24);
        assertThat(CIRCUIT.stations().size() - capturedByBeingThere.size()).isBetween(3, 6);
    }

    @Test
    void onTheMapEveryPointMustBeFound() {
        assertThat(CIRCUIT.stations()).allSatisfy(station -> assertThat(station.virtual().findOnMap()).isTrue());
    }
}
