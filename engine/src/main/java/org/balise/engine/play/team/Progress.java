package org.balise.engine.play.team;

import java.util.List;
import org.balise.engine.circuit.model.FinalRiddle;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Requirement;
import org.balise.engine.circuit.model.Station;

/**
 * Which stations are open to a team, whether its final riddle may open, whether it is done: pure functions of
 * the context and the state, shared by the decider and the projections.
 *
 * <ul>
 *   <li>A station is open when it is on the team's route and, on a route played in order, every station before
 *       it is solved; in a graph progression, when its requirement is met (at least {@code atLeast} of its
 *       stations solved) or it has none. Once open a station stays open: solving only adds.</li>
 *   <li>The final riddle may open once the team holds {@code cluesNeeded} of its clues, or has solved every
 *       station of its route (so that no route can strand a team before the end).</li>
 *   <li>A team is done when it solved the final riddle, or every station of its route when there is none.</li>
 * </ul>
 *
 * <p><b>Cost.</b> Linear in the route's length. <b>Thread-safety.</b> Stateless.
 */
public final class Progress {

    private Progress() {
    }

    /** Whether the team may reach this station now. */
    public static boolean isOpen(TeamContext context, TeamState state, String stationId) {
        if (!context.route().includes(stationId)) {
            return false;
        }
        if (context.route().inOrder()) {
            for (String previous : context.route().stations()) {
                if (previous.equals(stationId)) {
                    break;
                }
                if (!state.solved(previous)) {
                    return false;
                }
            }
        }
        if (context.model().progression() instanceof Progression.Graph) {
            Requirement requirement = context.circuit().station(stationId).orElseThrow().requires();
            if (requirement != null) {
                long solved = requirement.stations().stream().filter(state::solved).count();
                return solved >= requirement.atLeast();
            }
        }
        return true;
    }

    /** The open stations of the team's route, reached or not, in the route's order. */
    public static List<Station> openStations(TeamContext context, TeamState state) {
        return context.routeStations().stream().filter(s -> isOpen(context, state, s.id())).toList();
    }

    /** Whether every station of the team's route is solved. */
    public static boolean routeSolved(TeamContext context, TeamState state) {
        return context.route().stations().stream().allMatch(state::solved);
    }

    /** Whether the final riddle may open (whether or not it already has). */
    public static boolean finalRiddleMayOpen(TeamContext context, TeamState state) {
        FinalRiddle finalRiddle = context.model().finalRiddle();
        if (finalRiddle == null) {
            return false;
        }
        long held = finalRiddle.clues().stream().filter(state::holdsClue).count();
        return held >= finalRiddle.cluesNeeded() || routeSolved(context, state);
    }

    /** Whether the team has done all there is to do. */
    public static boolean done(TeamContext context, TeamState state) {
        if (context.model().finalRiddle() != null) {
            return state.finalRiddle() != null && state.finalRiddle().solved();
        }
        return routeSolved(context, state);
    }
}
