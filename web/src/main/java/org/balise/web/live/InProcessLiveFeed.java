package org.balise.web.live;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The live feed of one Balise node: a multicast sink per session, created on first use.
 *
 * <p>Thread-safe. Publishing to a session nobody watches costs a map lookup. A watcher that has not
 * requested more misses the events published meanwhile instead of holding back the others
 * ({@code directBestEffort}); SSE watchers request unboundedly, so this only happens to a stalled one.
 */
@Component
public class InProcessLiveFeed implements LiveFeed {

    private final ConcurrentMap<String, Sinks.Many<LiveEvent>> sessions = new ConcurrentHashMap<>();

    @Override
    public void publish(LiveEvent event) {
        Sinks.Many<LiveEvent> sink = sessions.get(event.sessionId());
        if (sink != null) {
            // Several threads may publish to one session at once: retry the rare concurrent emission.
            sink.emitNext(event, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
        }
    }

    @Override
    public Flux<LiveEvent> watch(String sessionId) {
        return sessions
                .computeIfAbsent(sessionId,
                        id -> Sinks.many().multicast().directBestEffort())
                .asFlux();
    }
}
