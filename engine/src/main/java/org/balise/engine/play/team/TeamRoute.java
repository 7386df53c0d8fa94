package org.balise.engine.play.team;

import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Station;
import org.jspecify.annotations.Nullable;

/**
 * The stations one team plays, and whether in order: the circuit's progression applied to the team's index.
 *
 * <ul>
 *   <li>linear: every station, in the circuit's order;</li>
 *   <li>free and graph: every station, in any order (a graph's requirements still gate each station);</li>
 *   <li>rotation: the loop, starting at station {@code index mod n}, in order, so that a class spreads over
 *       the district;</li>
 *   <li>routes: route {@code index mod r}, in order or not as the circuit says.</li>
 * </ul>
 *
 * @param routeId the route's id for a routes progression; null otherwise
 * @param stations the station ids, in the order to play them (or the circuit's order when any order goes)
 * @param inOrder whether each station opens only once the previous one is solved
 */
public record TeamRoute(@Nullable String routeId, List<String> stations, boolean inOrder) {

    public TeamRoute {
        stations = List.copyOf(stations);
    }

    /** The route of the team with this index (0 for the first team to join). */
    public static TeamRoute assign(Circuit circuit, int teamIndex) {
        if (teamIndex < 0) {
            throw new IllegalArgumentException("a team's index is not negative, was " + teamIndex);
        }
        List<String> all = circuit.stations().stream().map(Station::id).toList();
        return switch (circuit.progression()) {
            case Progression.Linear ignored -> new TeamRoute(null, all, true);
            case Progression.Free ignored -> new TeamRoute(null, all, false);
            case Progression.Graph ignored -> new TeamRoute(null, all, false);
            case Progression.Rotation rotation -> new TeamRoute(null, rotated(rotation.loop(), teamIndex), true);
            case Progression.Routes routes -> {
                Progression.Route route = routes.routes().get(teamIndex % routes.routes().size());
                yield new TeamRoute(route.id(), route.stations(), routes.inOrder());
            }
        };
    }

    /** Whether the station is on this route. */
    public boolean includes(String stationId) {
        return stations.contains(stationId);
    }

    /** The first station to play. */
    public String start() {
        return stations.getFirst();
    }

    private static List<String> rotated(List<String> loop, int teamIndex) {
        int start = teamIndex % loop.size();
        List<String> rotated = new ArrayList<>(loop.subList(start, loop.size()));
        rotated.addAll(loop.subList(0, start));
        return rotated;
    }
}
