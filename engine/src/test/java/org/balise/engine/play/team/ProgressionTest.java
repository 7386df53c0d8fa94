package org.balise.engine.play.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.engine.play.TeamScenario.typed;

import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.play.DemoCircuit;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.TeamScenario;
import org.junit.jupiter.api.Test;

class ProgressionTest {

    private static List<String> open(TeamScenario game) {
        return Progress.openStations(game.context(), game.state()).stream().map(Station::id).toList();
    }

    @Test
    void aLinearRouteOpensOneStationAfterAnother() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.linear());

        assertThat(open(game)).containsExactly("fontaine");
        game.solved("fontaine", typed("Bareuzai"));
        assertThat(open(game)).containsExactly("fontaine", "jardin");
        game.when(new UnlockStation(game.id(), "eglise", "t")).refused(RefusalReason.STATION_LOCKED);
    }

    @Test
    void aFreeProgressionOpensEveryStationFromTheStart() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true));

        assertThat(open(game)).containsExactly("fontaine", "jardin", "eglise", "musee", "parc", "halles");
    }

    @Test
    void aGraphOpensAStationWhenEnoughOfItsRequiredStationsAreSolved() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.with(new Progression.Graph(), true));

        assertThat(open(game)).containsExactly("fontaine", "jardin", "musee", "halles");
        game.solved("jardin", typed("42"));
        assertThat(open(game)).as("eglise needs any 1 of fontaine and jardin").contains("eglise").doesNotContain("parc");
        game.solved("eglise", game.chosen("eglise", "roman"));
        assertThat(open(game)).as("parc needs both eglise and musee").doesNotContain("parc");
        game.unlocked("musee").given(new SubmitPhoto(game.id(), "musee", "p"), new ApprovePhoto(game.id(), "musee", "p", "t"));
        assertThat(open(game)).contains("parc");
    }

    @Test
    void aRotationStartsEachTeamAtADifferentStationOfTheLoop() {
        Progression.Rotation loop = new Progression.Rotation(List.of("fontaine", "jardin", "eglise", "halles"));
        var circuit = DemoCircuit.with(loop, false);

        assertThat(TeamRoute.assign(circuit, 0).stations()).containsExactly("fontaine", "jardin", "eglise", "halles");
        assertThat(TeamRoute.assign(circuit, 2).stations()).containsExactly("eglise", "halles", "fontaine", "jardin");
        assertThat(TeamRoute.assign(circuit, 5).stations()).containsExactly("jardin", "eglise", "halles", "fontaine");

        TeamScenario third = TeamScenario.started(circuit, Mode.ON_SITE, GameRules.DEFAULT, 2, "fr");
        assertThat(open(third)).containsExactly("eglise");
    }

    @Test
    void routesAreDealtToTeamsByTheirIndex() {
        Progression.Routes routes = new Progression.Routes(List.of(
                new Progression.Route("nord", List.of("jardin", "halles")),
                new Progression.Route("sud", List.of("parc", "musee", "fontaine"))), false);
        var circuit = DemoCircuit.with(routes, false);

        assertThat(TeamRoute.assign(circuit, 0).routeId()).isEqualTo("nord");
        assertThat(TeamRoute.assign(circuit, 1).routeId()).isEqualTo("sud");
        assertThat(TeamRoute.assign(circuit, 2).routeId()).isEqualTo("nord");

        TeamScenario south = TeamScenario.started(circuit, Mode.ON_SITE, GameRules.DEFAULT, 1, "fr");
        assertThat(open(south)).as("every station at once on this route").containsExactly("parc", "musee", "fontaine");
        south.when(new UnlockStation(south.id(), "jardin", "t")).refused(RefusalReason.UNKNOWN_STATION);
    }

    @Test
    void aRouteInOrderOpensItsStationsOneAfterAnother() {
        Progression.Routes routes = new Progression.Routes(List.of(
                new Progression.Route("nord", List.of("halles", "jardin"))), true);

        TeamScenario game = TeamScenario.onSite(DemoCircuit.with(routes, false));

        assertThat(open(game)).containsExactly("halles");
    }

    @Test
    void withoutAFinalRiddleATeamFinishesWithTheLastStationOfItsRoute() {
        Progression.Routes routes = new Progression.Routes(List.of(
                new Progression.Route("court", List.of("jardin", "halles"))), true);
        TeamScenario game = TeamScenario.onSite(DemoCircuit.with(routes, false)).solved("jardin", typed("42"));

        game.unlocked("halles").when(new SubmitAnswer(game.id(), "halles", game.chosen("halles", "fer", "verre")))
                .emitted(CorrectAnswerGiven.class, StationSolved.class, TeamFinished.class);
    }

    @Test
    void theFinalRiddleOpensOnceTheWholeRouteIsSolvedEvenWithTooFewClues() {
        Progression.Routes routes = new Progression.Routes(List.of(
                new Progression.Route("sans-indices", List.of("halles"))), true);
        TeamScenario game = TeamScenario.onSite(DemoCircuit.with(routes, true)).unlocked("halles");

        game.when(new SubmitAnswer(game.id(), "halles", game.chosen("halles", "fer", "verre")))
                .emitted(CorrectAnswerGiven.class, StationSolved.class, FinalRiddleOpened.class);
    }
}
