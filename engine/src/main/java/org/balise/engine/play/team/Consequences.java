package org.balise.engine.play.team;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.balise.engine.circuit.model.Clue;
import org.balise.engine.circuit.model.FinalRiddle;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.LocationRiddle;
import org.balise.engine.geo.FixFlag;
import org.balise.engine.geo.Presence;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.SolvedBy;
import org.balise.engine.play.TimeBonus;
import org.jspecify.annotations.Nullable;

/**
 * What follows from an arrival or a solution, in order: a location-only riddle is solved by arriving; a
 * solved station scores, gives its clue and trades; then the final riddle may open, the team may be done, and
 * stations that have just opened are reached at once if the team already stands in them.
 */
final class Consequences {

    private Consequences() {
    }

    /** The team reached a station, proven by {@code method}. */
    static void arrive(Decision d, Station station, ArrivalMethod method, @Nullable String provedBy,
            Set<FixFlag> flags) {
        d.emit(new StationArrived(d.commandId(), d.now(), station.id(), method, provedBy, flags));
        if (station.riddleIn(d.context().mode()) instanceof LocationRiddle) {
            solve(d, station, SolvedBy.LOCATION, d.now());
        }
    }

    /**
     * The team solved a station's riddle, counted as of {@code solvedAt}: full points and a time bonus within
     * the station's time limit, none after it (see {@code GameRules}).
     */
    static void solve(Decision d, Station station, SolvedBy how, Instant solvedAt) {
        GameRules rules = d.context().rules();
        Instant arrivedAt = d.state().station(station.id()).orElseThrow().arrival().at();
        Duration taken = d.context().clock().played(arrivedAt, solvedAt);
        boolean late = station.timeLimit() != null && taken.compareTo(station.timeLimit()) > 0;
        TimeBonus bonus = rules.timeBonus();
        int timeBonus = late || how == SolvedBy.LOCATION || bonus == null ? 0 : bonus.pointsAfter(taken);
        d.emit(new StationSolved(d.commandId(), d.now(), station.id(), how, solvedAt, late ? 0 : station.points(),
                timeBonus, late));
        Clue clue = station.rewards().clue();
        if (clue != null && !d.state().holdsClue(clue.id())) {
            d.emit(new ClueCollected(d.commandId(), d.now(), station.id(), clue.id()));
        }
        for (String trade : station.rewards().trades()) {
            if (!d.state().discovered(trade)) {
                d.emit(new TradeDiscovered(d.commandId(), d.now(), station.id(), trade));
            }
        }
        afterProgress(d);
    }

    /** Whatever progress (a solved riddle) opens or ends. */
    static void afterProgress(Decision d) {
        FinalRiddle finalRiddle = d.context().model().finalRiddle();
        if (finalRiddle != null && d.state().finalRiddle() == null && Progress.finalRiddleMayOpen(d.context(), d.state())) {
            d.emit(new FinalRiddleOpened(d.commandId(), d.now()));
            if (finalRiddle.riddle() instanceof LocationRiddle) {
                // Nothing to answer and nowhere to be: holding the clues is the solution.
                d.emit(new FinalRiddleSolved(d.commandId(), d.now(), SolvedBy.LOCATION, d.now(), finalRiddle.points()));
            }
        }
        if (!d.state().finished() && Progress.done(d.context(), d.state())) {
            d.emit(new TeamFinished(d.commandId(), d.now()));
        }
        arriveWherePresent(d, Map.of());
    }

    /**
     * Arrives at every open station of the route where presence says the team stands, in the route's order:
     * after a fix, and after a station opens (a team that waited inside a locked station need not walk out and
     * back in).
     *
     * @param flags the flags of the fixes behind arrivals that the last fix completed, by station id
     */
    static void arriveWherePresent(Decision d, Map<String, Set<FixFlag>> flags) {
        if (d.status() != GameStatus.RUNNING) {
            return;
        }
        Mode mode = d.context().mode();
        ArrivalMethod method = mode == Mode.ON_SITE ? ArrivalMethod.GPS : ArrivalMethod.MAP_TAP;
        for (Station station : d.context().routeStations()) {
            if (!d.state().finished()
                    && !d.state().arrivedAt(station.id())
                    && d.state().presenceAt(station.id()) == Presence.INSIDE
                    && reachableByPosition(station, mode)
                    && Progress.isOpen(d.context(), d.state(), station.id())) {
                arrive(d, station, method, null, flags.getOrDefault(station.id(), Set.of()));
            }
        }
    }

    /** Whether a position (a fix on site, a tap on the map in virtual mode) can prove presence at the station. */
    static boolean reachableByPosition(Station station, Mode mode) {
        if (station.zone() == null) {
            return false;
        }
        return mode == Mode.ON_SITE || station.virtual() != null && station.virtual().findOnMap();
    }
}
