package org.balise.web.live;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The live feed of one Balise node: a multicast sink per session, created on first use.
 *
 * <p>Thread-safe. Publishing to a session nobody watches costs a map lookup. A watcher that has not
 * requested more misses the events published meanwhile instead of holding back the others
 * ({@code directBestEffort}); each watcher buffers {@value #PER_WATCHER_BUFFER} events, so this only happens to
 * a stalled one, which catches up at the next event (views are rebuilt whole, never patched).
 */
@Component
public class InProcessLiveFeed implements LiveFeed {

    private static final int PER_WATCHER_BUFFER = 256;

    private final ConcurrentMap<String, Sinks.Many<LiveEvent>> sessions = new ConcurrentHashMap<>();

    @Override
    public void publish(LiveEvent event) {
        Sinks.Many<LiveEvent> sink = sessions.get(event.sessionId());
        if (sink != null) {
            // Several threads may publish to one session at once; a serialized sink refuses the second
            // (FAIL_NON_SERIALIZED) and busy-looping on that burnt the CPU under load (docs/benchmarks.md):
            // take turns instead. Watchers do their work on their own scheduler, so a turn is short.
            synchronized (sink) {
                sink.tryEmitNext(event);
            }
        }
    }

    @Override
    public Flux<LiveEvent> watch(String sessionId) {
        return sessions
                .computeIfAbsent(sessionId,
                        id -> Sinks.many().multicast().directBestEffort())
                .asFlux()
                // Each watcher's work (e.g. rebuilding a team's view) happens off the publisher's thread.
                .publishOn(Schedulers.parallel(), PER_WATCHER_BUFFER);
    }
}
