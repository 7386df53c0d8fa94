package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.PreparedCircuit;
import org.balise.engine.play.session.CreateSession;
import org.balise.engine.play.session.JoinTeam;
import org.balise.engine.play.session.SessionCommand;
import org.balise.engine.play.session.SessionDecider;
import org.balise.engine.play.session.SessionEvent;
import org.balise.engine.play.session.SessionState;
import org.balise.engine.play.session.StartSession;
import org.balise.engine.play.session.TeamJoined;
import org.balise.engine.play.team.TeamCommand;
import org.balise.engine.play.team.TeamCommandRefused;
import org.balise.engine.play.team.TeamContext;
import org.balise.engine.play.team.TeamDecider;
import org.balise.engine.play.team.TeamEvent;
import org.balise.engine.play.team.StationArrived;
import org.balise.engine.play.team.TeamState;
import org.balise.engine.play.view.PlayerView;
import org.balise.engine.play.view.PlayerViews;

/**
 * One session of a shipped circuit played through the engine the way the web layer drives it: the session's
 * decider for creating, joining and starting, each team's decider with the context its session gives, and a
 * clock that moves only when told. Every team command must be accepted: these tests play a game, they do not
 * probe refusals.
 */
final class PlayedSession {

    static final Instant T0 = Instant.parse("2025-11-18T08:30:00Z");

    private final PreparedCircuit circuit;
    private final Map<String, TeamState> teams = new LinkedHashMap<>();
    private final Map<String, List<TeamEvent>> logs = new LinkedHashMap<>();
    private SessionState session = SessionDecider.initial();
    private Instant now = T0;
    private int ids;

    PlayedSession(Circuit circuit, Mode mode) {
        this.circuit = PreparedCircuit.of(circuit);
        session(new CreateSession(id(), "session-" + circuit.id(), mode, GameRules.DEFAULT));
    }

    /** A fresh command id. */
    String id() {
        ids++;
        return "command-" + ids;
    }

    Instant now() {
        return now;
    }

    PlayedSession after(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    /** Moves the clock to {@code instant}, never back. */
    PlayedSession at(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
        }
        return this;
    }

    void join(String teamId, String language) {
        assertThat(session(new JoinTeam(id(), teamId, "Team " + teamId, language)))
                .singleElement().isInstanceOf(TeamJoined.class);
    }

    void start() {
        session(new StartSession(id()));
    }

    private List<SessionEvent> session(SessionCommand command) {
        List<SessionEvent> events = SessionDecider.decide(circuit.circuit(), session, command, now);
        for (SessionEvent event : events) {
            session = SessionDecider.evolve(session, event);
            if (event instanceof TeamJoined joined) {
                teams.put(joined.teamId(), TeamDecider.initial(session.team(joined.teamId()).orElseThrow()));
                logs.put(joined.teamId(), new ArrayList<>());
            }
        }
        return events;
    }

    /** Decides the team's command now and applies its events; the command must be accepted. */
    List<TeamEvent> play(String teamId, TeamCommand command) {
        TeamState state = teams.get(teamId);
        List<TeamEvent> events = TeamDecider.decide(context(teamId), state, command, now);
        assertThat(events).as("%s: %s", teamId, command).isNotEmpty().noneMatch(TeamCommandRefused.class::isInstance);
        for (TeamEvent event : events) {
            state = TeamDecider.evolve(state, event);
        }
        teams.put(teamId, state);
        logs.get(teamId).addAll(events);
        return events;
    }

    TeamContext context(String teamId) {
        return TeamContext.of(circuit, session, teams.get(teamId).member());
    }

    TeamState state(String teamId) {
        return teams.get(teamId);
    }

    PlayerView view(String teamId) {
        return PlayerViews.of(context(teamId), teams.get(teamId), now);
    }

    /** How the team reached each station it reached, by station id. */
    Map<String, ArrivalMethod> arrivals(String teamId) {
        Map<String, ArrivalMethod> arrivals = new LinkedHashMap<>();
        logs.get(teamId).stream().filter(StationArrived.class::isInstance).map(StationArrived.class::cast)
                .forEach(arrived -> arrivals.put(arrived.stationId(), arrived.method()));
        return arrivals;
    }

    /** Every event of the team so far, in order. */
    List<TeamEvent> log(String teamId) {
        return List.copyOf(logs.get(teamId));
    }
}
