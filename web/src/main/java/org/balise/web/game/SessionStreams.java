package org.balise.web.game;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.balise.engine.play.TypeNames;
import org.balise.engine.play.session.SessionCommand;
import org.balise.engine.play.session.SessionDecider;
import org.balise.engine.play.session.SessionEvent;
import org.balise.engine.play.session.SessionState;
import org.balise.engine.play.session.TeamMember;
import org.balise.web.live.LiveEvent;
import org.balise.web.live.LiveFeed;
import org.balise.web.store.Commit;
import org.balise.web.store.EventStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Runs session commands (create, start, pause, a team joining, a broadcast...) through the engine's
 * session decider and keeps each session's state in memory, rebuilt from its stream when missing.
 *
 * <p>Appends are optimistic: on a conflict the state is reloaded and the command decided again.
 */
@Component
class SessionStreams {

    private static final int MAX_ATTEMPTS = 20;

    private final EventStore store;
    private final EventCodec codec;
    private final PreparedCircuits circuits;
    private final LiveFeed live;
    private final Clock clock;
    private final Map<String, Versioned> states = new ConcurrentHashMap<>();
    /** A session's commands on this node, one at a time: only another node can then conflict. */
    private final Lanes lanes = new Lanes();

    SessionStreams(EventStore store, EventCodec codec, PreparedCircuits circuits, LiveFeed live, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.circuits = circuits;
        this.live = live;
        this.clock = clock;
    }

    /**
     * A session's state and the sequence of its last commit, with its teams by id: every team request looks
     * its team up, and a session may have thousands.
     */
    record Versioned(SessionState state, long sequence, Map<String, TeamMember> teamsById) {

        Versioned(SessionState state, long sequence) {
            this(state, sequence, state.teams().stream()
                    .collect(Collectors.toUnmodifiableMap(TeamMember::teamId, member -> member)));
        }

        Optional<TeamMember> team(String teamId) {
            return Optional.ofNullable(teamsById.get(teamId));
        }
    }

    Mono<Versioned> state(SessionDocument session) {
        Versioned known = states.get(session.id());
        return known != null ? Mono.just(known) : reload(session);
    }

    /** The events the command caused; none if it was applied before. */
    Mono<List<SessionEvent>> handle(SessionDocument session, SessionCommand command) {
        return lanes.run(session.id(), () -> attempt(session, command, 1));
    }

    private Mono<List<SessionEvent>> attempt(SessionDocument session, SessionCommand command, int attempt) {
        return Mono.zip(state(session), circuits.of(session.circuitId(), session.circuitVersion()))
                .flatMap(loaded -> {
                    Versioned current = loaded.getT1();
                    List<SessionEvent> events = SessionDecider.decide(loaded.getT2().circuit(), current.state(),
                            command, clock.instant());
                    if (events.isEmpty()) {
                        return Mono.just(List.<SessionEvent>of());
                    }
                    Commit commit = Commit.of(session.stream(), session.id(), current.sequence() + 1,
                            command.commandId(), events.stream().map(codec::encode).toList(), clock.instant());
                    return store.append(commit).flatMap(result -> switch (result) {
                        case EventStore.AppendResult.Appended appended -> {
                            SessionState next = current.state();
                            for (SessionEvent event : events) {
                                next = SessionDecider.evolve(next, event);
                            }
                            states.put(session.id(), new Versioned(next, commit.sequence()));
                            events.forEach(event -> publish(session, event));
                            yield Mono.just(events);
                        }
                        case EventStore.AppendResult.AlreadyApplied ignored ->
                                reload(session).thenReturn(List.<SessionEvent>of());
                        // Another node appended first: wait a little, at random so as not to collide
                        // again, and decide again on the new state.
                        case EventStore.AppendResult.Conflict ignored -> attempt < MAX_ATTEMPTS
                                ? reload(session).then(Mono.delay(backoff(attempt)))
                                        .then(attempt(session, command, attempt + 1))
                                : Mono.error(new IllegalStateException("Session " + session.id() + " is too busy"));
                    });
                });
    }

    private Mono<Versioned> reload(SessionDocument session) {
        return store.read(session.stream(), 0)
                .collectList()
                .map(commits -> {
                    SessionState state = SessionDecider.initial();
                    long sequence = 0;
                    for (Commit commit : commits) {
                        for (SessionEvent event : codec.sessionEvents(commit)) {
                            state = SessionDecider.evolve(state, event);
                        }
                        sequence = commit.sequence();
                    }
                    Versioned loaded = new Versioned(state, sequence);
                    states.put(session.id(), loaded);
                    return loaded;
                });
    }

    private static Duration backoff(int attempt) {
        long ceiling = Math.min(200, 5L << attempt);
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
    }

    void forget(String sessionId) {
        states.remove(sessionId);
    }

    private void publish(SessionDocument session, SessionEvent event) {
        live.publish(new LiveEvent(session.id(), null, TypeNames.of(event.getClass()), clock.instant(),
                () -> codec.fields(event), true));
    }
}
