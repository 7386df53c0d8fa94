package org.balise.web.game;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.balise.engine.play.MessageKind;
import org.balise.engine.play.session.BroadcastMessage;
import org.balise.engine.play.session.CreateSession;
import org.balise.engine.play.session.EndSession;
import org.balise.engine.play.session.JoinTeam;
import org.balise.engine.play.session.PauseSession;
import org.balise.engine.play.session.ResumeSession;
import org.balise.engine.play.session.SessionCommand;
import org.balise.engine.play.session.SessionCommandRefused;
import org.balise.engine.play.session.SessionEvent;
import org.balise.engine.play.session.SessionState;
import org.balise.engine.play.session.StartSession;
import org.balise.engine.play.team.TeamCommand;
import org.balise.web.live.LiveFeed;
import org.balise.web.security.TeamTokens;
import org.balise.web.store.EventStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sessions and teams, for both doors: teachers create and run sessions (back-office), teams join and play
 * (play door). Every change goes through the engine's deciders ({@link SessionStreams}, {@link TeamStreams}).
 */
@Service
public class GameSessions {

    private static final int MAX_TEAM_NAME = 40;
    private static final int JOIN_CODE_TRIES = 10;

    private final SessionRepository sessions;
    private final TeamRepository teams;
    private final SessionStreams sessionStreams;
    private final TeamStreams teamStreams;
    private final PreparedCircuits circuits;
    private final JoinCodes joinCodes;
    private final TeamTokens tokens;
    private final EventStore store;
    private final PositionHistory positions;
    private final PhotoStore photos;
    private final LiveFeed live;
    private final Clock clock;
    /**
     * Every phone request reads its team and session to check its token; both documents never change once
     * written (a team's snapshot is read from the store where it matters).
     */
    private final RememberedDocuments<SessionDocument> knownSessions;
    private final RememberedDocuments<TeamDocument> knownTeams;

    GameSessions(SessionRepository sessions, TeamRepository teams, SessionStreams sessionStreams,
            TeamStreams teamStreams, PreparedCircuits circuits, JoinCodes joinCodes, TeamTokens tokens,
            EventStore store, PositionHistory positions, PhotoStore photos, LiveFeed live, Clock clock) {
        this.sessions = sessions;
        this.teams = teams;
        this.sessionStreams = sessionStreams;
        this.teamStreams = teamStreams;
        this.circuits = circuits;
        this.joinCodes = joinCodes;
        this.tokens = tokens;
        this.store = store;
        this.positions = positions;
        this.photos = photos;
        this.live = live;
        this.clock = clock;
        this.knownSessions = new RememberedDocuments<>(10_000, sessions::findById);
        this.knownTeams = new RememberedDocuments<>(200_000, teams::findById);
    }

    /** Creates a session of a published circuit version, with a fresh join code; teams may join at once. */
    public Mono<SessionDocument> create(String owner, SessionSettings settings) {
        return circuits.of(settings.circuitId(), settings.circuitVersion()).flatMap(circuit -> {
            List<String> offered = circuit.languages();
            List<String> languages = settings.languages().isEmpty() ? offered
                    : settings.languages().stream().filter(offered::contains).toList();
            if (languages.isEmpty()) {
                return Mono.error(new IllegalArgumentException("None of " + settings.languages()
                        + " is a language of the circuit " + settings.circuitId()));
            }
            return insertWithFreshCode(owner, settings, languages, 1).flatMap(session -> sessionStreams
                    .handle(session, new CreateSession("create", session.id(), settings.mode(), settings.rules()))
                    .flatMap(events -> refusal(events)
                            .<Mono<SessionDocument>>map(refused -> sessions.delete(session)
                                    .then(Mono.error(new IllegalArgumentException(refused.sentence()))))
                            .orElseGet(() -> Mono.just(session)
                                    .doOnNext(created -> knownSessions.remember(created.id(), created)))));
        });
    }

    private Mono<SessionDocument> insertWithFreshCode(String owner, SessionSettings settings, List<String> languages,
            int attempt) {
        SessionDocument session = new SessionDocument(UUID.randomUUID().toString(), joinCodes.next(),
                settings.circuitId(), settings.circuitVersion(), owner, languages, settings.keepPositions(),
                settings.leaderboardVisible(), clock.instant());
        return sessions.insert(session).onErrorResume(DuplicateKeyException.class, codeTaken -> attempt < JOIN_CODE_TRIES
                ? insertWithFreshCode(owner, settings, languages, attempt + 1)
                : Mono.error(codeTaken));
    }

    public Mono<List<SessionEvent>> start(String sessionId) {
        return command(sessionId, new StartSession(UUID.randomUUID().toString()));
    }

    public Mono<List<SessionEvent>> pause(String sessionId) {
        return command(sessionId, new PauseSession(UUID.randomUUID().toString()));
    }

    public Mono<List<SessionEvent>> resume(String sessionId) {
        return command(sessionId, new ResumeSession(UUID.randomUUID().toString()));
    }

    public Mono<List<SessionEvent>> end(String sessionId) {
        return command(sessionId, new EndSession(UUID.randomUUID().toString()));
    }

    /** A message to every team; a {@link MessageKind#RECALL} must be acknowledged by each. */
    public Mono<List<SessionEvent>> broadcast(String sessionId, MessageKind kind, String text, String teacher) {
        String id = UUID.randomUUID().toString();
        return command(sessionId, new BroadcastMessage(id, id, kind, text, teacher));
    }

    private Mono<List<SessionEvent>> command(String sessionId, SessionCommand command) {
        return session(sessionId).flatMap(session -> sessionStreams.handle(session, command));
    }

    public Mono<SessionDocument> session(String sessionId) {
        return knownSessions.get(sessionId);
    }

    public Mono<SessionDocument> byJoinCode(String joinCode) {
        return sessions.findByJoinCode(JoinCodes.normalize(joinCode));
    }

    public Flux<SessionDocument> sessionsOf(String owner) {
        return sessions.findByOwnerOrderByCreatedAtDesc(owner);
    }

    public Flux<SessionDocument> allSessions() {
        return sessions.findAll();
    }

    public Mono<SessionState> state(SessionDocument session) {
        return sessionStreams.state(session).map(SessionStreams.Versioned::state);
    }

    /**
     * A new team joins the session with this join code. The team's token is returned here only: Balise
     * keeps its digest.
     */
    public Mono<Joined> join(String joinCode, String teamName, String language) {
        String name = Normalizer.normalize(teamName, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_TEAM_NAME || name.chars().anyMatch(Character::isISOControl)) {
            return Mono.error(new JoinRefused(JoinRefused.Reason.INVALID_NAME,
                    "A team name has 1 to " + MAX_TEAM_NAME + " characters."));
        }
        return byJoinCode(joinCode)
                .switchIfEmpty(Mono.error(() -> new JoinRefused(JoinRefused.Reason.UNKNOWN_JOIN_CODE,
                        "No session has the join code " + joinCode + ".")))
                .flatMap(session -> {
                    if (!session.languages().contains(language)) {
                        return Mono.error(new JoinRefused(JoinRefused.Reason.UNSUPPORTED_LANGUAGE,
                                "This session is played in " + String.join(", ", session.languages()) + "."));
                    }
                    String token = tokens.issue();
                    TeamDocument team = new TeamDocument(UUID.randomUUID().toString(), session.id(), name,
                            nameKey(name), language, tokens.digest(token), clock.instant(), null, 0);
                    return teams.insert(team)
                            .onErrorMap(DuplicateKeyException.class, taken -> new JoinRefused(
                                    JoinRefused.Reason.TEAM_NAME_TAKEN, "Another team is already called " + name + "."))
                            .flatMap(inserted -> sessionStreams.handle(session,
                                    new JoinTeam("join:" + team.id(), team.id(), name, language)))
                            .flatMap(events -> refusal(events)
                                    .<Mono<Joined>>map(refused -> teams.delete(team).then(Mono.error(new JoinRefused(
                                            JoinRefused.Reason.SESSION_CLOSED, refused.sentence()))))
                                    .orElseGet(() -> teamStreams.view(session, team)
                                            .doOnNext(joined -> knownTeams.remember(team.id(), team))
                                            .map(outcome -> new Joined(team.id(), token, outcome))));
                });
    }

    public Mono<TeamDocument> team(String teamId) {
        return knownTeams.get(teamId);
    }

    public Flux<TeamDocument> teams(String sessionId) {
        return teams.findBySessionId(sessionId);
    }

    /** Whether {@code token} opens {@code team}, compared in constant time. */
    public boolean opens(TeamDocument team, String token) {
        return tokens.matches(token, team.tokenDigest());
    }

    public Mono<TeamOutcome> view(TeamDocument team) {
        return session(team.sessionId()).flatMap(session -> teamStreams.view(session, team));
    }

    /** The team's whole game now: for dashboards and debriefs in the back-office. */
    public Mono<TeamGame> game(TeamDocument team) {
        return session(team.sessionId()).flatMap(session -> teamStreams.game(session, team));
    }

    /** Every team's game in a session, in the order they joined. */
    public Flux<TeamGame> games(String sessionId) {
        return teams.findBySessionId(sessionId).concatMap(this::game)
                .sort(java.util.Comparator.comparing(game -> game.state().member().joinedAt()));
    }

    /** Runs a team's command (from its phones, or from its teacher) through the engine. */
    public Mono<TeamOutcome> play(TeamDocument team, TeamCommand command) {
        return session(team.sessionId()).flatMap(session -> teamStreams.handle(session, team, command));
    }

    /**
     * The team's view now, then again each time something that may change it happens to the team or to its
     * session (not at each position: views show none), until the watcher cancels.
     */
    public Flux<TeamOutcome> watch(TeamDocument team) {
        return session(team.sessionId()).flatMapMany(session -> live.watchTeam(session.id(), team.id())
                .map(event -> Boolean.TRUE)
                .startWith(Boolean.TRUE)
                // A command may cause several events: while one view is built, those that follow make one more.
                .onBackpressureLatest()
                .concatMap(changed -> teamStreams.view(session, team), 1)
                .distinctUntilChanged(TeamOutcome::sequence));
    }

    /** Deletes everything a session left: its teams, their events, their positions, their photos. */
    public Mono<Void> delete(String sessionId) {
        return session(sessionId).flatMap(session -> teams.findBySessionId(sessionId).map(TeamDocument::id)
                .collectList()
                .flatMap(teamIds -> store.deleteSession(sessionId)
                        .then(positions.deleteSession(sessionId))
                        .then(photos.deleteSession(sessionId))
                        .then(teams.deleteBySessionId(sessionId))
                        .then(sessions.delete(session))
                        .doOnSuccess(done -> {
                            knownSessions.forget(List.of(sessionId));
                            knownTeams.forget(teamIds);
                            teamStreams.forgetSession(sessionId, teamIds);
                            sessionStreams.forget(sessionId);
                        })));
    }

    private static java.util.Optional<SessionCommandRefused> refusal(List<SessionEvent> events) {
        return events.stream().filter(SessionCommandRefused.class::isInstance).map(SessionCommandRefused.class::cast)
                .findFirst();
    }

    private static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
