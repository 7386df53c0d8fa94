package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.model.Trade;
import org.balise.engine.geo.Zone;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.RiddleKeys;
import org.balise.engine.play.team.TeamState;
import org.balise.engine.play.view.PlayerView;
import org.balise.engine.play.view.StationView;
import org.junit.jupiter.api.Test;

/** La Fontaine des Métiers played to the end through the engine: on foot with GPS in French, on the map in English. */
class FontaineDesMetiersPlayTest {

    private static final Circuit CIRCUIT = Circuits.shipped(Circuits.FONTAINE);
    private static final int STATION_POINTS = 11 * 10;
    private static final int FINAL_POINTS = 30;
    private static final int HINT_COST = 2;

    @Test
    void aFrenchTeamWalksTheLoopFromTheTerminusWithGpsAndFinishes() {
        PlayedSession game = new PlayedSession(CIRCUIT, Mode.ON_SITE);
        game.join("soleils", "fr");
        game.after(Duration.ofMinutes(5)).start();
        Player team = new Player(game, "soleils", Map.of(RiddleKeys.FINAL, "electricite"));
        List<Station> route = game.context("soleils").routeStations();
        Walk walk = new Walk(((Zone.Circle) route.getFirst().zone()).centre(), game.now(), 1);

        for (Station station : route) {
            team.walkTo(station, walk);
            if (station.id().equals("boulevard-bachelard")) {
                team.takeFirstHint(station);
            }
            team.solve(station);
        }
        team.solveFinal();

        TeamState state = game.state("soleils");
        assertThat(route.getFirst().id()).isEqualTo("terminus");
        assertThat(game.arrivals("soleils")).hasSize(11).allSatisfy((station, method) -> assertThat(method).isEqualTo(ArrivalMethod.GPS));
        assertThat(walk.metres()).as("the loop but its closing leg").isBetween(2_000.0, 2_300.0);
        assertThat(state.finished()).isTrue();
        assertThat(state.stationsSolved()).isEqualTo(11);
        assertThat(state.clues()).hasSize(11);
        assertThat(state.trades()).hasSameSizeAs(CIRCUIT.trades());
        assertThat(state.score()).isEqualTo(STATION_POINTS + FINAL_POINTS - HINT_COST);
        PlayerView view = game.view("soleils");
        assertThat(view.finished()).isTrue();
        assertThat(view.circuitTitle()).isEqualTo("La Fontaine des Métiers");
        assertThat(view.trades()).allSatisfy(trade -> assertThat(trade.onisepId()).startsWith("MET."));
        assertThat(view.trades()).extracting(t -> t.name()).contains("Électricien ou électricienne installateur");
    }

    @Test
    void anEnglishTeamStartingAtTheSecondStationPlaysTheLoopOnTheMapAndFinishes() {
        PlayedSession game = new PlayedSession(CIRCUIT, Mode.VIRTUAL);
        game.join("lions", "fr");
        game.join("owls", "en");
        game.after(Duration.ofMinutes(5)).start();
        Player team = new Player(game, "owls", Map.of(
                "boulevard-bachelard", "canopy", "piscine", "heat", RiddleKeys.FINAL, "Electricity"));
        List<Station> route = game.context("owls").routeStations();

        for (Station station : route) {
            team.findOnTheMap(station);
            if (station.id().equals("ombriere-kir")) {
                team.takeFirstHint(station);
            }
            team.solve(station);
        }
        team.solveFinal();

        TeamState state = game.state("owls");
        assertThat(route.getFirst().id()).as("the second team to join starts one station further").isEqualTo("ecole-buffon");
        assertThat(game.arrivals("owls")).containsEntry("terminus", ArrivalMethod.MAP_TAP)
                .containsEntry("ecole-buffon", ArrivalMethod.VIRTUAL_TAP);
        assertThat(state.finished()).isTrue();
        assertThat(state.stationsSolved()).isEqualTo(11);
        assertThat(state.score()).isEqualTo(STATION_POINTS + FINAL_POINTS - HINT_COST);
        PlayerView view = game.view("owls");
        assertThat(view.language()).isEqualTo("en");
        assertThat(view.circuitTitle()).isEqualTo("The Fontaine of Trades");
        assertThat(view.stations()).extracting(StationView::title).contains("The pool that recycles its heat");
        assertThat(view.clues()).extracting(clue -> clue.text()).contains("The letter Y");
        assertThat(view.trades()).extracting(t -> t.name())
                .containsExactlyInAnyOrderElementsOf(CIRCUIT.trades().stream().map(Trade::name)
                        .map(name -> name.in("en").orElseThrow()).toList());
    }
}
