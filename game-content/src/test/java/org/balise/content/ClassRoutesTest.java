package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.play.team.TeamRoute;
import org.junit.jupiter.api.Test;

/** A class of fifteen teams spreads out: the engine's routes send them to different first stations. */
class ClassRoutesTest {

    private static final int CLASS = 15;

    private static List<TeamRoute> routesOfAClass(Circuit circuit) {
        return IntStream.range(0, CLASS).mapToObj(team -> TeamRoute.assign(circuit, team)).toList();
    }

    @Test
    void onTheFontaineLoopTheFirstTeamsStartAtDifferentStationsAndTheClassCoversEveryStation() {
        Circuit circuit = Circuits.shipped(Circuits.FONTAINE);
        int stations = circuit.stations().size();
        List<TeamRoute> routes = routesOfAClass(circuit);

        assertThat(routes.subList(0, stations)).extracting(TeamRoute::start).doesNotHaveDuplicates();
        assertThat(routes).extracting(TeamRoute::start)
                .containsAll(circuit.stations().stream().map(Station::id).toList());
        assertThat(routes.get(stations).start()).as("team 12 starts where team 1 did").isEqualTo(routes.getFirst().start());
        assertThat(routes).allSatisfy(route -> assertThat(route.stations()).hasSize(stations).doesNotHaveDuplicates());
    }

    @Test
    void inTheRallyFifteenPairsGetFifteenRoutesThatStartAtDifferentPoints() {
        Circuit circuit = Circuits.shipped(Circuits.RALLYE);
        List<TeamRoute> routes = routesOfAClass(circuit);

        assertThat(routes).extracting(TeamRoute::routeId).doesNotHaveDuplicates().hasSize(CLASS);
        assertThat(routes).extracting(TeamRoute::start).doesNotHaveDuplicates();
        Set<String> visited = new HashSet<>();
        routes.forEach(route -> visited.addAll(route.stations()));
        assertThat(visited).hasSize(circuit.stations().size());
    }
}
