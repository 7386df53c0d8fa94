package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Proof;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.team.EnterOnSiteCode;
import org.balise.engine.play.team.TeamState;
import org.balise.engine.play.team.WrongCodeEntered;
import org.balise.engine.play.view.FinalStatus;
import org.balise.engine.play.view.PlayerView;
import org.junit.jupiter.api.Test;

/** À la découverte du bâtiment intelligent played to the end: indoors with QR codes and codes in French, on the map in English. */
class BatimentIntelligentPlayTest {

    private static final Circuit CIRCUIT = Circuits.shipped(Circuits.BATIMENT);
    private static final int FINAL_POINTS = 40;

    @Test
    void aFrenchTeamScansTheQrCodesAndTypesTheCodesOfAllFifteenStationsThenBuildsTheCampus() {
        PlayedSession game = new PlayedSession(CIRCUIT, Mode.ON_SITE);
        game.join("ingenieurs", "fr");
        game.after(Duration.ofMinutes(5)).start();
        Player team = new Player(game, "ingenieurs", Map.of());
        Station amphitheatre = CIRCUIT.station("amphitheatre").orElseThrow();
        assertThat(game.play("ingenieurs", new EnterOnSiteCode(game.id(), "amphitheatre", "0000")))
                .as("a wrong code proves nothing").singleElement().isInstanceOf(WrongCodeEntered.class);

        for (Station station : CIRCUIT.stations()) {
            team.proveIndoors(station);
            team.solve(station);
        }
        assertThat(game.view("ingenieurs").finalRiddle().status()).isEqualTo(FinalStatus.OPEN);
        team.solveFinal();

        TeamState state = game.state("ingenieurs");
        assertThat(game.arrivals("ingenieurs")).hasSize(15)
                .containsEntry("accueil", ArrivalMethod.QR_CODE)
                .containsEntry(amphitheatre.id(), ArrivalMethod.ON_SITE_CODE);
        assertThat(game.arrivals("ingenieurs").values()).containsOnly(ArrivalMethod.QR_CODE, ArrivalMethod.ON_SITE_CODE);
        assertThat(CIRCUIT.stations()).filteredOn(s -> s.fallbackProofs().getFirst() instanceof Proof.OnSiteCode)
                .extracting(Station::id).allSatisfy(id -> assertThat(game.arrivals("ingenieurs")).containsEntry(id, ArrivalMethod.ON_SITE_CODE));
        assertThat(state.finished()).isTrue();
        assertThat(state.stationsSolved()).isEqualTo(15);
        assertThat(state.clues()).hasSize(15);
        assertThat(state.score()).isEqualTo(15 * 10 + FINAL_POINTS);
        PlayerView view = game.view("ingenieurs");
        assertThat(view.circuitTitle()).isEqualTo("À la découverte du bâtiment intelligent");
        assertThat(view.clues()).extracting(clue -> clue.text()).contains("Janvier 2020 : le maire pose la première pierre.");
    }

    @Test
    void anEnglishTeamOnTheMapBuildsTheCampusAsSoonAsItHoldsTenClues() {
        PlayedSession game = new PlayedSession(CIRCUIT, Mode.VIRTUAL);
        game.join("engineers", "en");
        game.after(Duration.ofMinutes(5)).start();
        Player team = new Player(game, "engineers", Map.of("jumeau-numerique", "digital twin", "showroom", "fablab"));
        List<Station> played = CIRCUIT.stations().reversed().subList(0, 10);

        for (Station station : played) {
            assertThat(game.view("engineers").finalRiddle().status()).isEqualTo(FinalStatus.LOCKED);
            team.findOnTheMap(station);
            if (station.id().equals("parking")) {
                team.takeFirstHint(station);
            }
            team.solve(station);
        }
        team.solveFinal();

        TeamState state = game.state("engineers");
        assertThat(game.arrivals("engineers").values()).containsOnly(ArrivalMethod.VIRTUAL_TAP);
        assertThat(state.finished()).isTrue();
        assertThat(state.stationsSolved()).isEqualTo(10);
        assertThat(state.score()).isEqualTo(10 * 10 + FINAL_POINTS - 3);
        PlayerView view = game.view("engineers");
        assertThat(view.language()).isEqualTo("en");
        assertThat(view.finalRiddle().title()).isEqualTo("Build the campus");
        assertThat(view.clues()).extracting(clue -> clue.text()).contains("8 March 2022: the campus is officially opened.");
    }
}
