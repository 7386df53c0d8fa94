package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.LocationRiddle;
import org.balise.engine.geo.Zone;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.SolvedBy;
import org.balise.engine.play.team.StationSolved;
import org.balise.engine.play.team.TeamState;
import org.junit.jupiter.api.Test;

/** The rally played to the end by pairs: the first on foot with GPS in French, the second on the map in English. */
class RallyePlayTest {

    private static final Circuit CIRCUIT = Circuits.shipped(Circuits.RALLYE);
    private static final int POINTS = CIRCUIT.stations().stream().mapToInt(Station::points).sum();

    @Test
    void aFrenchPairWalksItsRouteThroughTheThirtyPointsWithGpsAndFinishes() {
        PlayedSession game = new PlayedSession(CIRCUIT, Mode.ON_SITE);
        game.join("binome-1", "fr");
        game.after(Duration.ofMinutes(5)).start();
        Player pair = new Player(game, "binome-1", Map.of());
        List<Station> route = game.context("binome-1").routeStations();
        Walk walk = new Walk(((Zone.Circle) route.getFirst().zone()).centre(), game.now(), 2);

        for (Station station : route) {
            pair.walkTo(station, walk);
            pair.solve(station);
        }

        TeamState state = game.state("binome-1");
        assertThat(game.context("binome-1").route().routeId()).isEqualTo("route-01");
        assertThat(game.arrivals("binome-1")).hasSize(30).allSatisfy((point, method) -> assertThat(method).isEqualTo(ArrivalMethod.GPS));
        assertThat(solvedByBeingThere(game, "binome-1"))
                .containsExactlyInAnyOrderElementsOf(CIRCUIT.stations().stream()
                        .filter(s -> s.riddle() instanceof LocationRiddle).map(Station::id).toList());
        assertThat(walk.metres()).as("the tour but its closing leg").isBetween(7_000.0, 8_000.0);
        assertThat(state.finished()).isTrue();
        assertThat(state.score()).isEqualTo(POINTS);
    }

    @Test
    void anEnglishPairFindsEveryPointOfItsOwnRouteOnTheMapAndFinishes() {
        PlayedSession game = new PlayedSession(CIRCUIT, Mode.VIRTUAL);
        game.join("pair-1", "fr");
        game.join("pair-2", "en");
        game.after(Duration.ofMinutes(5)).start();
        Player pair = new Player(game, "pair-2", Map.of());
        List<Station> route = game.context("pair-2").routeStations();

        for (Station station : route) {
            pair.findOnTheMap(station);
            if (station.id().equals("parvis-notre-dame")) {
                pair.takeFirstHint(station);
            }
            pair.solve(station);
        }

        TeamState state = game.state("pair-2");
        assertThat(game.context("pair-2").route().routeId()).isEqualTo("route-02");
        assertThat(route.getFirst().id()).isNotEqualTo(game.context("pair-1").route().start());
        assertThat(game.arrivals("pair-2").values()).containsOnly(ArrivalMethod.MAP_TAP);
        assertThat(state.finished()).isTrue();
        assertThat(state.score()).isEqualTo(POINTS - 3);
        assertThat(game.view("pair-2").stations()).extracting(s -> s.title()).contains("The owl", "The market halls");
    }

    private static List<String> solvedByBeingThere(PlayedSession game, String teamId) {
        return game.log(teamId).stream().filter(StationSolved.class::isInstance).map(StationSolved.class::cast)
                .filter(solved -> solved.how() == SolvedBy.LOCATION).map(StationSolved::stationId).toList();
    }
}
