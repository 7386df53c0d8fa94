package org.balise.engine.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.LatLon;
import org.balise.engine.play.session.CreateSession;
import org.balise.engine.play.session.EndSession;
import org.balise.engine.play.session.JoinTeam;
import org.balise.engine.play.session.PauseSession;
import org.balise.engine.play.session.ResumeSession;
import org.balise.engine.play.session.SessionCommand;
import org.balise.engine.play.session.SessionDecider;
import org.balise.engine.play.session.SessionEvent;
import org.balise.engine.play.session.SessionState;
import org.balise.engine.play.session.StartSession;
import org.balise.engine.play.session.TeamMember;
import org.balise.engine.play.team.GivenAnswer;
import org.balise.engine.play.team.OptionKeys;
import org.balise.engine.play.team.ReportFixes;
import org.balise.engine.play.team.SubmitAnswer;
import org.balise.engine.play.team.TeamCommand;
import org.balise.engine.play.team.TeamCommandRefused;
import org.balise.engine.play.team.TeamContext;
import org.balise.engine.play.team.TeamDecider;
import org.balise.engine.play.team.TeamEvent;
import org.balise.engine.play.team.TeamState;
import org.balise.engine.play.team.UnlockStation;
import org.balise.engine.play.view.PlayerView;
import org.balise.engine.play.view.PlayerViews;

/**
 * Given a session and a team, when a command, then events: the small DSL of the team decider's tests (after
 * fmodel's DeciderDSL). A scenario owns a clock that only moves when told; each step decides at its instant
 * and applies the events, so that steps chain.
 */
public final class TeamScenario {

    public static final Instant T0 = Instant.parse("2025-05-23T08:00:00Z");
    public static final String TEAM = "team-a";

    private final PreparedCircuit circuit;
    private final List<TeamEvent> history = new ArrayList<>();
    private final List<SessionEvent> sessionLog = new ArrayList<>();
    private SessionState session;
    private TeamState team;
    private Instant now;
    private int nextId;

    private TeamScenario(PreparedCircuit circuit, SessionState session, TeamState team, Instant now) {
        this.circuit = circuit;
        this.session = session;
        this.team = team;
        this.now = now;
    }

    /** A team of index 0, French, on site, default rules: the game started a minute after creation. */
    public static TeamScenario onSite(Circuit circuit) {
        return started(circuit, Mode.ON_SITE, GameRules.DEFAULT, 0, "fr");
    }

    public static TeamScenario virtual(Circuit circuit) {
        return started(circuit, Mode.VIRTUAL, GameRules.DEFAULT, 0, "fr");
    }

    /** A session created at {@link #T0} and started a minute later, with the team at {@code index}. */
    public static TeamScenario started(Circuit circuit, Mode mode, GameRules rules, int index, String language) {
        TeamScenario scenario = notStarted(circuit, mode, rules, index, language);
        scenario.session(new StartSession("start"));
        return scenario;
    }

    /** A session created at {@link #T0}, joined, not started; the clock stands a minute later. */
    public static TeamScenario notStarted(Circuit circuit, Mode mode, GameRules rules, int index, String language) {
        List<SessionEvent> log = new ArrayList<>();
        SessionState session = SessionDecider.initial();
        session = apply(circuit, session, new CreateSession("create", "session-1", mode, rules), T0, log);
        for (int i = 0; i < index; i++) {
            session = apply(circuit, session, new JoinTeam("join-" + i, "team-" + i, "Team " + i, "fr"), T0, log);
        }
        session = apply(circuit, session, new JoinTeam("join", TEAM, "Les Hiboux", language), T0, log);
        TeamMember member = session.team(TEAM).orElseThrow();
        TeamScenario scenario = new TeamScenario(PreparedCircuit.of(circuit), session, TeamDecider.initial(member),
                T0.plusSeconds(60));
        scenario.sessionLog.addAll(log);
        return scenario;
    }

    private static SessionState apply(Circuit circuit, SessionState state, SessionCommand command, Instant at,
            List<SessionEvent> log) {
        SessionState next = state;
        for (SessionEvent event : SessionDecider.decide(circuit, state, command, at)) {
            next = SessionDecider.evolve(next, event);
            log.add(event);
        }
        return next;
    }

    /** A fresh command id. */
    public String id() {
        nextId++;
        return "cmd-" + nextId;
    }

    public Instant now() {
        return now;
    }

    public TeamScenario after(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public TeamScenario session(SessionCommand command) {
        session = apply(circuit.circuit(), session, command, now, sessionLog);
        return this;
    }

    public TeamScenario pause() {
        return session(new PauseSession(id()));
    }

    public TeamScenario resume() {
        return session(new ResumeSession(id()));
    }

    public TeamScenario end() {
        return session(new EndSession(id()));
    }

    /** Commands already applied (each must be accepted: given steps are not what a test checks). */
    public TeamScenario given(TeamCommand... commands) {
        for (TeamCommand command : commands) {
            Outcome outcome = when(command);
            assertThat(outcome.events()).as("given " + command).noneMatch(
                    e -> e instanceof TeamCommandRefused);
        }
        return this;
    }

    /** Events already applied, as they would be read from the store. */
    public TeamScenario given(TeamEvent... events) {
        for (TeamEvent event : events) {
            team = TeamDecider.evolve(team, event);
            history.add(event);
        }
        return this;
    }

    /** Decides the command at the scenario's instant and applies its events. */
    public Outcome when(TeamCommand command) {
        List<TeamEvent> events = TeamDecider.decide(context(), team, command, now);
        for (TeamEvent event : events) {
            team = TeamDecider.evolve(team, event);
        }
        history.addAll(events);
        return new Outcome(events, team);
    }

    /** The team reaches a station by the teacher's unlock (the quickest way when arrival is not the point). */
    public TeamScenario unlocked(String stationId) {
        return given(new UnlockStation(id(), stationId, "teacher-1"));
    }

    /** The team reaches and solves a station with its right answer. */
    public TeamScenario solved(String stationId, GivenAnswer answer) {
        return unlocked(stationId).given(new SubmitAnswer(id(), stationId, answer));
    }

    /** Four fixes 4 s apart at {@code place}, 5 m accurate, the last one now: enough for the default rule. */
    public ReportFixes standingAt(LatLon place) {
        List<Fix> fixes = new ArrayList<>();
        for (int i = 3; i >= 0; i--) {
            fixes.add(Fix.of(place, 5, now.minusSeconds(4L * i)));
        }
        return new ReportFixes(id(), fixes);
    }

    /** The team walks for five minutes, then stands at {@code place} long enough to arrive if it may. */
    public Outcome walksTo(LatLon place) {
        after(Duration.ofMinutes(5));
        return when(standingAt(place));
    }

    /** The key the team's phones use for an option. */
    public String key(String riddle, String optionId) {
        return OptionKeys.key(TEAM, riddle, optionId);
    }

    public GivenAnswer.Chosen chosen(String riddle, String... optionIds) {
        return new GivenAnswer.Chosen(List.of(optionIds).stream().map(id -> key(riddle, id)).toList());
    }

    public GivenAnswer.Ordered ordered(String riddle, String... itemIds) {
        return new GivenAnswer.Ordered(List.of(itemIds).stream().map(id -> key(riddle, id)).toList());
    }

    public static GivenAnswer.Typed typed(String text) {
        return new GivenAnswer.Typed(text);
    }

    public TeamContext context() {
        return TeamContext.of(circuit, session, team.member());
    }

    public TeamState state() {
        return team;
    }

    public SessionState sessionState() {
        return session;
    }

    /** Every team event so far, given or decided. */
    public List<TeamEvent> history() {
        return List.copyOf(history);
    }

    /** Every session event so far. */
    public List<SessionEvent> sessionLog() {
        return List.copyOf(sessionLog);
    }

    public PlayerView view() {
        return PlayerViews.of(context(), team, now);
    }
}
