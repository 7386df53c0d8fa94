package org.balise.engine.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.Zone;
import org.balise.engine.play.debrief.Debriefs;
import org.balise.engine.play.debrief.SessionDebrief;
import org.balise.engine.play.session.CreateSession;
import org.balise.engine.play.session.JoinTeam;
import org.balise.engine.play.session.SessionCommand;
import org.balise.engine.play.session.SessionDecider;
import org.balise.engine.play.session.SessionEvent;
import org.balise.engine.play.session.SessionState;
import org.balise.engine.play.session.TeamJoined;
import org.balise.engine.play.session.TeamMember;
import org.balise.engine.play.team.ReportFixes;
import org.balise.engine.play.team.TeamCommand;
import org.balise.engine.play.team.TeamCommandRefused;
import org.balise.engine.play.team.TeamContext;
import org.balise.engine.play.team.TeamDecider;
import org.balise.engine.play.team.TeamEvent;
import org.balise.engine.play.team.TeamState;
import org.balise.engine.play.view.PlayerView;
import org.balise.engine.play.view.PlayerViews;

/**
 * A whole class playing one session, the way the web layer drives the engine: the session's decider for the
 * lifecycle and joining, each team's decider with the context its session gives, a clock that moves only
 * when told. Every player view produced along the way is kept, for the tests that check what views show.
 */
public final class ClassGame {

    private final PreparedCircuit circuit;
    private final List<SessionEvent> sessionLog = new ArrayList<>();
    private final Map<String, TeamState> teams = new LinkedHashMap<>();
    private final Map<String, List<TeamEvent>> teamLogs = new LinkedHashMap<>();
    private final List<PlayerView> views = new ArrayList<>();
    private SessionState session = SessionDecider.initial();
    private Instant now = TeamScenario.T0;
    private int nextId;

    public ClassGame(PreparedCircuit circuit, Mode mode, GameRules rules) {
        this.circuit = circuit;
        session(new CreateSession(id(), "session-" + mode.jsonName(), mode, rules));
    }

    public String id() {
        nextId++;
        return "c-" + nextId;
    }

    public Instant now() {
        return now;
    }

    public ClassGame after(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public List<SessionEvent> session(SessionCommand command) {
        List<SessionEvent> events = SessionDecider.decide(circuit.circuit(), session, command, now);
        for (SessionEvent event : events) {
            session = SessionDecider.evolve(session, event);
            sessionLog.add(event);
            if (event instanceof TeamJoined joined) {
                teams.put(joined.teamId(), TeamDecider.initial(TeamMember.of(joined)));
                teamLogs.put(joined.teamId(), new ArrayList<>());
            }
        }
        return events;
    }

    public void join(String teamId, String name, String language) {
        assertThat(session(new JoinTeam(id(), teamId, name, language))).singleElement().isInstanceOf(TeamJoined.class);
    }

    /** Decides a team's command now, applies its events, and keeps the team's view after it. */
    public List<TeamEvent> team(String teamId, TeamCommand command) {
        TeamState state = teams.get(teamId);
        List<TeamEvent> events = TeamDecider.decide(context(teamId), state, command, now);
        for (TeamEvent event : events) {
            state = TeamDecider.evolve(state, event);
        }
        teams.put(teamId, state);
        teamLogs.get(teamId).addAll(events);
        views.add(view(teamId));
        return events;
    }

    /** As {@link #team}, asserting the command was accepted. */
    public List<TeamEvent> accepted(String teamId, TeamCommand command) {
        List<TeamEvent> events = team(teamId, command);
        assertThat(events).as(command.toString()).isNotEmpty().noneMatch(TeamCommandRefused.class::isInstance);
        return events;
    }

    /** Five fixes over 16 s inside the station's zone, 5 m accurate, the last one now. */
    public ReportFixes standingAt(Station station) {
        LatLon inside = station.zone().interiorPoint();
        List<Fix> fixes = new ArrayList<>();
        for (int i = 4; i >= 0; i--) {
            fixes.add(Fix.of(inside, 5, now.minusSeconds(4L * i)));
        }
        return new ReportFixes(id(), fixes);
    }

    public TeamContext context(String teamId) {
        return TeamContext.of(circuit, session, teams.get(teamId).member());
    }

    public TeamState state(String teamId) {
        return teams.get(teamId);
    }

    public PlayerView view(String teamId) {
        return PlayerViews.of(context(teamId), teams.get(teamId), now);
    }

    public List<TeamEvent> log(String teamId) {
        return List.copyOf(teamLogs.get(teamId));
    }

    public List<SessionEvent> sessionLog() {
        return List.copyOf(sessionLog);
    }

    public SessionState sessionState() {
        return session;
    }

    public PreparedCircuit circuit() {
        return circuit;
    }

    /** Every view produced so far, after every team command. */
    public List<PlayerView> views() {
        return List.copyOf(views);
    }

    public SessionDebrief debrief(String language) {
        return Debriefs.session(circuit, session, teams.values(), now, language);
    }
}
