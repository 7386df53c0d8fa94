package org.balise.web.game;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Runs the work given under one key one piece after the other, in the order it was given, without holding
 * a thread while waiting. Appends to one stream then never race each other on this node: a class of
 * teams joining at once used to collide on their session's stream, reread it whole and try again.
 *
 * <p>Thread-safe. Holds, per key, only the end of the last piece of work.
 */
final class Lanes {

    private final ConcurrentMap<String, Sinks.One<Void>> lastOf = new ConcurrentHashMap<>();

    /** {@code work}, started once every piece given before under {@code key} has ended, however it ended. */
    <T> Mono<T> run(String key, Supplier<Mono<T>> work) {
        return Mono.defer(() -> {
            Sinks.One<Void> mine = Sinks.one();
            Sinks.One<Void> previous = lastOf.put(key, mine);
            Mono<Void> before = previous == null ? Mono.empty() : previous.asMono();
            return before.then(Mono.defer(work)).doFinally(ended -> {
                mine.tryEmitEmpty();
                lastOf.remove(key, mine);
            });
        });
    }
}
