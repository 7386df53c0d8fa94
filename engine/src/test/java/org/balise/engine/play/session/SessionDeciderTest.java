package org.balise.engine.play.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.play.DemoCircuit;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.MessageKind;
import org.balise.engine.play.RefusalReason;
import org.junit.jupiter.api.Test;

class SessionDeciderTest {

    private static final Circuit CIRCUIT = DemoCircuit.linear();
    private static final Instant T0 = Instant.parse("2025-05-23T08:00:00Z");

    /** Given these commands (each applied at T0 plus its position in minutes), the state they make. */
    private static SessionState given(SessionCommand... commands) {
        SessionState state = SessionDecider.initial();
        for (int i = 0; i < commands.length; i++) {
            for (SessionEvent event : SessionDecider.decide(CIRCUIT, state, commands[i], T0.plus(Duration.ofMinutes(i)))) {
                state = SessionDecider.evolve(state, event);
            }
        }
        return state;
    }

    private static List<SessionEvent> when(SessionState state, SessionCommand command) {
        return SessionDecider.decide(CIRCUIT, state, command, T0.plus(Duration.ofHours(1)));
    }

    private static void assertRefused(List<SessionEvent> events, RefusalReason reason) {
        assertThat(events).singleElement().isInstanceOfSatisfying(SessionCommandRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private static final CreateSession CREATE = new CreateSession("c-create", "s-1", Mode.ON_SITE, GameRules.DEFAULT);

    @Test
    void aSessionIsCreatedForAModeItsCircuitOffers() {
        List<SessionEvent> events = when(given(), CREATE);

        assertThat(events).singleElement().isEqualTo(new SessionCreated("c-create", T0.plus(Duration.ofHours(1)), "s-1",
                "demo", "1.0.0", Mode.ON_SITE, GameRules.DEFAULT));
    }

    @Test
    void aSessionIsNotCreatedForAModeItsCircuitDoesNotOffer() {
        Circuit onSiteOnly = new Circuit(CIRCUIT.id(), CIRCUIT.version(), CIRCUIT.title(), CIRCUIT.summary(),
                CIRCUIT.languages(), Set.of(Mode.ON_SITE), CIRCUIT.credits(), null, CIRCUIT.media(),
                CIRCUIT.trades(), CIRCUIT.stations(), new Progression.Free(), null);

        List<SessionEvent> events = SessionDecider.decide(onSiteOnly, SessionDecider.initial(),
                new CreateSession("c", "s", Mode.VIRTUAL, GameRules.DEFAULT), T0);

        assertRefused(events, RefusalReason.MODE_NOT_OFFERED);
    }

    @Test
    void aSessionIsCreatedOnce() {
        assertRefused(when(given(CREATE), new CreateSession("c-2", "s-1", Mode.ON_SITE, GameRules.DEFAULT)),
                RefusalReason.SESSION_ALREADY_CREATED);
    }

    @Test
    void nothingButCreationComesBeforeCreation() {
        assertRefused(when(given(), new StartSession("c")), RefusalReason.SESSION_NOT_CREATED);
        assertRefused(when(given(), new JoinTeam("c", "t", "Hiboux", "fr")), RefusalReason.SESSION_NOT_CREATED);
    }

    @Test
    void aSessionStartsOnce() {
        SessionState started = given(CREATE, new StartSession("c-start"));

        assertThat(started.clock().status(T0.plus(Duration.ofMinutes(5)))).isEqualTo(GameStatus.RUNNING);
        assertRefused(when(started, new StartSession("c-again")), RefusalReason.GAME_ALREADY_STARTED);
    }

    @Test
    void onlyARunningGamePausesAndOnlyAPausedOneResumes() {
        SessionState open = given(CREATE);
        SessionState running = given(CREATE, new StartSession("s"));
        SessionState paused = given(CREATE, new StartSession("s"), new PauseSession("p"));

        assertRefused(when(open, new PauseSession("p")), RefusalReason.GAME_NOT_STARTED);
        assertRefused(when(running, new ResumeSession("r")), RefusalReason.GAME_NOT_PAUSED);
        assertRefused(when(paused, new PauseSession("p2")), RefusalReason.GAME_PAUSED);
        assertThat(when(paused, new ResumeSession("r"))).singleElement().isInstanceOf(SessionResumed.class);
        assertThat(when(running, new PauseSession("p"))).singleElement().isInstanceOf(SessionPaused.class);
    }

    @Test
    void endingAPausedSessionClosesThePause() {
        SessionState ended = given(CREATE, new StartSession("s"), new PauseSession("p"), new EndSession("e"));

        assertThat(ended.phase()).isEqualTo(SessionPhase.ENDED);
        assertThat(ended.pauses()).singleElement().satisfies(pause -> assertThat(pause.end()).isNotNull());
        assertRefused(when(ended, new EndSession("e2")), RefusalReason.GAME_OVER);
        assertRefused(when(ended, new ResumeSession("r")), RefusalReason.GAME_OVER);
    }

    @Test
    void teamsJoinInOrderAndTheirIndexPicksTheirRoute() {
        SessionState state = given(CREATE, new JoinTeam("j1", "t1", "Les Hiboux", "fr"),
                new JoinTeam("j2", "t2", "The Owls", "en"));

        assertThat(state.teams()).extracting(TeamMember::teamId, TeamMember::index)
                .containsExactly(tuple("t1", 0), tuple("t2", 1));
    }

    @Test
    void aTeamNameIsUniqueWithoutCaseAccentsOrSpacing() {
        SessionState state = given(CREATE, new JoinTeam("j1", "t1", "Les Hiboux", "fr"));

        assertRefused(when(state, new JoinTeam("j2", "t2", "les  hiboux!", "fr")), RefusalReason.TEAM_NAME_TAKEN);
        assertRefused(when(state, new JoinTeam("j3", "t1", "Autre", "fr")), RefusalReason.TEAM_ALREADY_JOINED);
        assertRefused(when(state, new JoinTeam("j4", "t3", " ?! ", "fr")), RefusalReason.TEAM_NAME_MISSING);
        assertRefused(when(state, new JoinTeam("j5", "t4", "Die Eulen", "de")), RefusalReason.LANGUAGE_NOT_OFFERED);
    }

    @Test
    void noTeamJoinsOnceTheGameIsOver() {
        SessionState ended = given(CREATE, new StartSession("s"), new EndSession("e"));

        assertRefused(when(ended, new JoinTeam("j", "t", "Tard", "fr")), RefusalReason.GAME_OVER);
    }

    @Test
    void aSessionEndedBeforeItStartedIsOver() {
        SessionState ended = given(CREATE, new EndSession("e"));

        assertThat(ended.clock().status(T0.plus(Duration.ofMinutes(5)))).isEqualTo(GameStatus.OVER);
        assertRefused(when(ended, new StartSession("s")), RefusalReason.GAME_OVER);
        assertRefused(when(ended, new JoinTeam("j", "t", "Tard", "fr")), RefusalReason.GAME_OVER);
    }

    @Test
    void aTimedSessionIsOverWhenItsPlayedTimeIsUp() {
        CreateSession timed = new CreateSession("c", "s", Mode.ON_SITE, GameRules.DEFAULT.withDuration(Duration.ofMinutes(30)));
        SessionState state = given(timed, new StartSession("s"));

        assertThat(state.clock().status(T0.plus(Duration.ofMinutes(31)))).isEqualTo(GameStatus.OVER);
        assertRefused(when(state, new PauseSession("p")), RefusalReason.GAME_OVER);
    }

    @Test
    void aBroadcastNeedsATextAndAFreshId() {
        SessionState state = given(CREATE, new BroadcastMessage("b1", "m1", MessageKind.RECALL, "Retour !", "prof"));

        assertThat(state.broadcasts()).singleElement().satisfies(m -> assertThat(m.needsAcknowledgement()).isTrue());
        assertRefused(when(state, new BroadcastMessage("b2", "m1", MessageKind.INFO, "Encore", "prof")),
                RefusalReason.MESSAGE_ID_TAKEN);
        assertRefused(when(state, new BroadcastMessage("b3", "m2", MessageKind.INFO, "  ", "prof")),
                RefusalReason.MESSAGE_EMPTY);
    }

    @Test
    void aCommandAlreadyDecidedYieldsNothingEvenIfItWasRefused() {
        SessionState state = given(CREATE, new StartSession("s"), new StartSession("s-again"));

        assertThat(when(state, new StartSession("s-again"))).isEmpty();
        assertThat(when(state, CREATE)).isEmpty();
    }

    @Test
    void theSameEventsAlwaysReplayToTheSameState() {
        SessionState played = SessionDecider.initial();
        List<SessionEvent> log = new ArrayList<>();
        SessionCommand[] commands = {CREATE, new JoinTeam("j", "t", "Hiboux", "fr"), new StartSession("s"),
            new PauseSession("p"), new ResumeSession("r"), new BroadcastMessage("b", "m", MessageKind.INFO, "Hi", "prof"),
            new EndSession("e")};
        for (int i = 0; i < commands.length; i++) {
            for (SessionEvent event : SessionDecider.decide(CIRCUIT, played, commands[i], T0.plusSeconds(60L * i))) {
                played = SessionDecider.evolve(played, event);
                log.add(event);
            }
        }

        assertThat(SessionDecider.replay(log)).isEqualTo(played);
        assertThat(SessionDecider.replay(List.copyOf(log))).isEqualTo(SessionDecider.replay(log));
    }
}
