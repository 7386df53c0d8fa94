package org.balise.web.game;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Documents read by id at every phone request (a team to check its token, its session), kept in memory.
 *
 * <p>A document written here is remembered at once (a team that just joined never waits for the store at
 * its first request); one read is read again in the background ten minutes later, while the one in memory
 * still answers: thousands of teams never wait for the store together, as they did when their entries all
 * expired at once (docs/benchmarks.md). A document deleted elsewhere (another node) is forgotten at its
 * next reading; one deleted here is forgotten at once. Idle ones leave after half an hour.
 */
final class RememberedDocuments<T> {

    static final Duration READ_AGAIN_AFTER = Duration.ofMinutes(10);
    static final Duration FORGET_IDLE_AFTER = Duration.ofMinutes(30);

    private final AsyncLoadingCache<String, T> documents;

    RememberedDocuments(long maximumSize, Function<String, Mono<T>> store) {
        this(maximumSize, store, Ticker.systemTicker());
    }

    RememberedDocuments(long maximumSize, Function<String, Mono<T>> store, Ticker ticker) {
        this.documents = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .refreshAfterWrite(READ_AGAIN_AFTER)
                .expireAfterAccess(FORGET_IDLE_AFTER)
                .ticker(ticker)
                // Runs the reading where it is asked for; the store's driver completes it on its own threads.
                .executor(Runnable::run)
                .buildAsync((id, executor) -> store.apply(id).toFuture());
    }

    /** The document, or empty when the store has none. */
    Mono<T> get(String id) {
        // Shared by every caller of this id: one caller's cancellation must not cancel it for the others.
        return Mono.fromFuture(documents.get(id), true);
    }

    /** A document this node has just written. */
    void remember(String id, T document) {
        documents.put(id, CompletableFuture.completedFuture(document));
    }

    void forget(Iterable<String> ids) {
        documents.synchronous().invalidateAll(ids);
    }
}
