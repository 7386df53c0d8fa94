package org.balise.web.game;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.balise.engine.play.PreparedCircuit;
import org.balise.engine.play.session.TeamMember;
import org.balise.engine.play.team.PositionAccepted;
import org.balise.engine.play.team.TeamCommand;
import org.balise.engine.play.team.TeamContext;
import org.balise.engine.play.team.TeamDecider;
import org.balise.engine.play.team.TeamEvent;
import org.balise.engine.play.team.TeamState;
import org.balise.engine.play.view.PlayerViews;
import org.balise.web.live.LiveEvent;
import org.balise.web.live.LiveFeed;
import org.balise.web.store.Commit;
import org.balise.web.store.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The path of every team command: load the team's state, decide with the engine, append the durable
 * events, evolve, publish to the live feed, answer the new view.
 *
 * <p>Each team's state is kept in memory with the sequence of its last commit; when missing it is rebuilt
 * from the team's latest snapshot (saved every {@value #SNAPSHOT_EVERY} commits) and the commits after it. Raw positions ({@code durable() == false}) change
 * only the memory, never the store. Appends are optimistic: a conflict reloads and decides again, so four
 * phones of a team sending at once lose nothing and duplicate nothing.
 */
@Component
class TeamStreams {

    private static final Logger log = LoggerFactory.getLogger(TeamStreams.class);
    private static final int MAX_ATTEMPTS = 20;
    /**
     * A snapshot after the first commit, then every this many: a restart replays at most that many commits
     * per team, and a busy team does not rewrite its document at every arrival.
     */
    static final int SNAPSHOT_EVERY = 10;

    private final EventStore store;
    private final EventCodec codec;
    private final TeamRepository teams;
    private final SessionStreams sessions;
    private final PreparedCircuits circuits;
    private final PositionHistory positions;
    private final LiveFeed live;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, Versioned> states = new ConcurrentHashMap<>();

    TeamStreams(EventStore store, EventCodec codec, TeamRepository teams, SessionStreams sessions,
            PreparedCircuits circuits, PositionHistory positions, LiveFeed live, JsonMapper json, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.teams = teams;
        this.sessions = sessions;
        this.circuits = circuits;
        this.positions = positions;
        this.live = live;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A team's state, the sequence of its last commit, and a revision that also counts the changes kept in
     * memory only (positions), so that a phone can tell whether its view is current.
     */
    record Versioned(TeamState state, long sequence, long revision) {
    }

    /** The team's whole game now, for the back-office. */
    Mono<TeamGame> game(SessionDocument session, TeamDocument team) {
        return context(session, team).flatMap(loaded -> state(loaded, team).map(current -> new TeamGame(team,
                loaded.context(), current.state(),
                current.sequence() + "." + current.revision() + "." + loaded.sessionSequence())));
    }

    /** The team's view now. */
    Mono<TeamOutcome> view(SessionDocument session, TeamDocument team) {
        return context(session, team).flatMap(context -> state(context, team)
                .map(current -> outcome(session, context.sessionSequence(), context.context(), current, List.of())));
    }

    Mono<TeamOutcome> handle(SessionDocument session, TeamDocument team, TeamCommand command) {
        return attempt(session, team, command, 1);
    }

    private Mono<TeamOutcome> attempt(SessionDocument session, TeamDocument team, TeamCommand command, int attempt) {
        return context(session, team).flatMap(loaded -> state(loaded, team).flatMap(current -> {
            List<TeamEvent> events = TeamDecider.decide(loaded.context(), current.state(), command, clock.instant());
            TeamState next = current.state();
            for (TeamEvent event : events) {
                next = TeamDecider.evolve(next, event);
            }
            List<TeamEvent> durable = events.stream().filter(TeamEvent::durable).toList();
            if (durable.isEmpty()) {
                Versioned updated = new Versioned(next, current.sequence(), current.revision() + (events.isEmpty() ? 0 : 1));
                if (!events.isEmpty() && !states.replace(team.id(), current, updated)) {
                    // Another phone of the team changed the state meanwhile: decide again on the new one.
                    return attempt < MAX_ATTEMPTS ? attempt(session, team, command, attempt + 1)
                            : Mono.error(new IllegalStateException("Team " + team.id() + " is too busy"));
                }
                afterwards(session, team, events);
                return Mono.just(outcome(session, loaded.sessionSequence(), loaded.context(), updated, events));
            }
            Commit commit = Commit.of(team.stream(), session.id(), current.sequence() + 1, command.commandId(),
                    durable.stream().map(codec::encode).toList(), clock.instant());
            TeamState decided = next;
            return store.append(commit).flatMap(result -> switch (result) {
                case EventStore.AppendResult.Appended appended -> {
                    Versioned updated = new Versioned(decided, commit.sequence(), current.revision() + 1);
                    states.put(team.id(), updated);
                    afterwards(session, team, events);
                    if ((updated.sequence() - 1) % SNAPSHOT_EVERY == 0) {
                        saveSnapshot(team, updated);
                    }
                    yield Mono.just(outcome(session, loaded.sessionSequence(), loaded.context(), updated, events));
                }
                case EventStore.AppendResult.AlreadyApplied ignored -> {
                    states.remove(team.id());
                    yield view(session, team);
                }
                case EventStore.AppendResult.Conflict ignored -> {
                    states.remove(team.id());
                    yield attempt < MAX_ATTEMPTS ? attempt(session, team, command, attempt + 1)
                            : Mono.error(new IllegalStateException("Team " + team.id() + " is too busy"));
                }
            });
        }));
    }

    /** What a decision needs of the session, with the sequence of the session's stream it was read at. */
    record Loaded(TeamContext context, TeamMember member, long sessionSequence) {
    }

    private Mono<Loaded> context(SessionDocument session, TeamDocument team) {
        return Mono.zip(sessions.state(session), circuits.of(session.circuitId(), session.circuitVersion()))
                .map(both -> {
                    TeamMember member = both.getT1().team(team.id()).orElseThrow(
                            () -> new IllegalStateException("Team " + team.id() + " never joined its session"));
                    PreparedCircuit circuit = both.getT2();
                    return new Loaded(TeamContext.of(circuit, both.getT1().state(), member), member,
                            both.getT1().sequence());
                });
    }

    private Mono<Versioned> state(Loaded loaded, TeamDocument team) {
        Versioned known = states.get(team.id());
        if (known != null) {
            return Mono.just(known);
        }
        TeamMember member = loaded.member();
        return teams.findById(team.id()).defaultIfEmpty(team).flatMap(stored -> {
            TeamState start = stored.snapshot() == null ? TeamDecider.initial(member)
                    : json.readValue(stored.snapshot(), TeamState.class);
            long from = stored.snapshot() == null ? 0 : stored.snapshotSequence();
            return store.read(team.stream(), from).collectList().map(commits -> {
                TeamState state = start;
                long sequence = from;
                for (Commit commit : commits) {
                    for (TeamEvent event : codec.teamEvents(commit)) {
                        state = TeamDecider.evolve(state, event);
                    }
                    sequence = commit.sequence();
                }
                Versioned rebuilt = new Versioned(state, sequence, sequence);
                Versioned raced = states.putIfAbsent(team.id(), rebuilt);
                return raced != null ? raced : rebuilt;
            });
        });
    }

    private TeamOutcome outcome(SessionDocument session, long sessionSequence, TeamContext context, Versioned team,
            List<TeamEvent> events) {
        String sequence = team.sequence() + "." + team.revision() + "." + sessionSequence;
        String mediaBase = "/api/circuits/" + session.circuitId() + "/" + session.circuitVersion() + "/media/";
        Instant now = clock.instant();
        return new TeamOutcome(sequence, mediaBase, () -> CircuitArea.of(context.model()),
                () -> PlayerViews.of(context, team.state(), now), events);
    }

    private void afterwards(SessionDocument session, TeamDocument team, List<TeamEvent> events) {
        List<TeamEvent> published = new ArrayList<>(events);
        for (TeamEvent event : published) {
            live.publish(new LiveEvent(session.id(), team.id(), event.type(), event.at(), () -> codec.fields(event),
                    event.changesView()));
            if (event instanceof PositionAccepted position && session.keepPositions()) {
                positions.keep(session, team, position);
            }
        }
    }

    private void saveSnapshot(TeamDocument team, Versioned state) {
        String snapshot = json.writeValueAsString(withoutPositions(state.state()));
        teams.findById(team.id())
                .flatMap(stored -> stored.snapshotSequence() >= state.sequence() ? Mono.empty()
                        : teams.save(stored.withSnapshot(snapshot, state.sequence())))
                .subscribe(saved -> { }, failure -> log.warn("Could not save the snapshot of team {}", team.id(), failure));
    }

    /**
     * The state as the durable events alone make it: no last position and no presence evidence. Where a
     * team stood is not stored unless its session asked for it, and a snapshot is stored.
     */
    private static TeamState withoutPositions(TeamState state) {
        return new TeamState(state.member(), state.appliedCommands(), state.stations(), state.finalRiddle(),
                state.clues(), state.trades(), state.ledger(), state.score(), state.codeAttempts(), Map.of(), null,
                state.suspiciousFixes(), state.messages(), state.acknowledged(), state.finishedAt());
    }

    void forgetSession(String sessionId, List<String> teamIds) {
        teamIds.forEach(states::remove);
    }
}
