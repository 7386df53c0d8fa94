package org.balise.engine.play.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.Message;
import org.balise.engine.play.PlayClock;
import org.balise.engine.play.PreparedCircuit;
import org.balise.engine.play.session.SessionSetup;
import org.balise.engine.play.session.SessionState;
import org.balise.engine.play.session.TeamMember;

/**
 * What a team's decider needs of its session, passed in explicitly: the circuit, the mode, the rules, the
 * clock (started, paused, over), the team's route and the session's broadcast messages.
 *
 * <p>Build it with {@link #of} from the session's current state before each decision: a pause or an end
 * decided in the session reaches the team through here.
 *
 * @param circuit the circuit, prepared for play
 * @param sessionId the session's id
 * @param mode on site or virtual
 * @param rules the session's rules
 * @param clock the session's clock
 * @param route the team's route
 * @param broadcasts the messages sent to every team, in order
 */
public record TeamContext(PreparedCircuit circuit, String sessionId, Mode mode, GameRules rules, PlayClock clock,
        TeamRoute route, List<Message> broadcasts) {

    public TeamContext {
        broadcasts = List.copyOf(broadcasts);
    }

    /**
     * The context of {@code member} in {@code session}, a session of {@code circuit}.
     *
     * @throws IllegalStateException if the session was not created, or for another circuit
     */
    public static TeamContext of(PreparedCircuit circuit, SessionState session, TeamMember member) {
        SessionSetup setup = session.requireSetup();
        Circuit model = circuit.circuit();
        if (!setup.circuitId().equals(model.id()) || !setup.circuitVersion().equals(model.version())) {
            throw new IllegalStateException("session " + setup.sessionId() + " plays " + setup.circuitId() + " "
                    + setup.circuitVersion() + ", not " + model.id() + " " + model.version());
        }
        return new TeamContext(circuit, setup.sessionId(), setup.mode(), setup.rules(), session.clock(),
                TeamRoute.assign(model, member.index()), session.broadcasts());
    }

    /** The circuit's model. */
    public Circuit model() {
        return circuit.circuit();
    }

    /** The station with this id, if it is on the team's route. */
    public Optional<Station> routeStation(String stationId) {
        return route.includes(stationId) ? circuit.station(stationId) : Optional.empty();
    }

    /** The stations of the team's route, in its order. */
    public List<Station> routeStations() {
        return route.stations().stream().map(id -> circuit.station(id).orElseThrow()).toList();
    }

    /** Where the session stands at {@code now}. */
    public GameStatus status(Instant now) {
        return clock.status(now);
    }

    /** The circuit's languages: their number words count in answers. */
    public List<String> languages() {
        return circuit.languages();
    }
}
