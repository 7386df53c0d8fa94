package org.balise.web.live;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The live feed of one Balise node: a multicast sink per session for those who watch it all (a teacher's
 * dashboard), and one per team for those who watch one team (its phones), created on first use.
 *
 * <p>An event about a team goes to the session's watchers and to that team's only, so a busy session costs
 * each phone only its own team's events (docs/benchmarks.md); an event about the whole session goes to
 * everyone.
 *
 * <p>Thread-safe. Publishing to a session or a team nobody watches costs a map lookup. A watcher that has not
 * requested more misses the events published meanwhile instead of holding back the others
 * ({@code directBestEffort}); each watcher buffers {@value #PER_WATCHER_BUFFER} events, so this only happens to
 * a stalled one, which catches up at the next event (views are rebuilt whole, never patched).
 */
@Component
public class InProcessLiveFeed implements LiveFeed {

    private static final int PER_WATCHER_BUFFER = 256;

    private final ConcurrentMap<String, Sinks.Many<LiveEvent>> sessions = new ConcurrentHashMap<>();
    /** By session, then by team; a team's sink is dropped when its last watcher leaves. */
    private final ConcurrentMap<String, ConcurrentMap<String, TeamChannel>> teams = new ConcurrentHashMap<>();

    @Override
    public void publish(LiveEvent event) {
        emit(sessions.get(event.sessionId()), event);
        ConcurrentMap<String, TeamChannel> watchedTeams = teams.get(event.sessionId());
        // A team's watchers are its phones, which rebuild their view at each event: a position changes none.
        if (watchedTeams == null || !event.changesViews()) {
            return;
        }
        if (event.teamId() == null) {
            watchedTeams.values().forEach(channel -> emit(channel.sink, event));
        } else {
            TeamChannel channel = watchedTeams.get(event.teamId());
            emit(channel == null ? null : channel.sink, event);
        }
    }

    @Override
    public Flux<LiveEvent> watch(String sessionId) {
        return sessions.computeIfAbsent(sessionId, id -> Sinks.many().multicast().directBestEffort())
                .asFlux()
                // Each watcher's work (e.g. rebuilding a team's view) happens off the publisher's thread.
                .publishOn(Schedulers.parallel(), PER_WATCHER_BUFFER);
    }

    @Override
    public Flux<LiveEvent> watchTeam(String sessionId, String teamId) {
        return Flux.defer(() -> {
            ConcurrentMap<String, TeamChannel> ofSession = teams.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>());
            // Counted inside the map's atomic update, so that a channel is never dropped as a watcher joins it.
            TeamChannel channel = ofSession.compute(teamId, (id, current) -> (current == null ? new TeamChannel() : current).join());
            return channel.sink.asFlux()
                    .doFinally(signal -> ofSession.computeIfPresent(teamId, (id, current) -> current.leave()))
                    .publishOn(Schedulers.parallel(), PER_WATCHER_BUFFER);
        });
    }

    @Override
    public Map<String, Integer> teamWatchers(String sessionId) {
        ConcurrentMap<String, TeamChannel> watched = teams.get(sessionId);
        if (watched == null) {
            return Map.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        watched.forEach((teamId, channel) -> counts.put(teamId, channel.watchers));
        return Map.copyOf(counts);
    }

    /** A team's sink and how many watch it. Changed only inside the map's atomic updates; read anywhere. */
    private static final class TeamChannel {
        private final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();
        private volatile int watchers;

        TeamChannel join() {
            watchers++;
            return this;
        }

        /** This channel, or none once its last watcher left. */
        TeamChannel leave() {
            watchers--;
            return watchers == 0 ? null : this;
        }
    }

    private static void emit(Sinks.@Nullable Many<LiveEvent> sink, LiveEvent event) {
        if (sink != null) {
            // Several threads may publish to one session at once; a serialized sink refuses the second
            // (FAIL_NON_SERIALIZED) and busy-looping on that burnt the CPU under load (docs/benchmarks.md):
            // take turns instead. Watchers do their work on their own scheduler, so a turn is short.
            synchronized (sink) {
                sink.tryEmitNext(event);
            }
        }
    }
}
