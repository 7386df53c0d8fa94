package org.balise.web.circuits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import org.balise.engine.circuit.load.CircuitLoader;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.model.Circuit;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The published circuits, shared by both doors. Only a circuit that the engine loads without errors is
 * published, and versions are immutable: publishing adds one, never replaces one.
 *
 * <p>Thread-safe. Loaded circuits are kept in memory once read, by version, since a version never changes
 * (the most used ones: previews come and go).
 */
@Service
public class CircuitCatalogue {

    private final PublishedCircuitRepository versions;
    private final CircuitLoader loader;
    private final Clock clock;
    /** The most used versions, loaded; studio previews add versions all day, so it is bounded. */
    private final Cache<String, Circuit> loaded = Caffeine.newBuilder().maximumSize(256).build();
    private final Sinks.Many<Long> published = Sinks.many().multicast().directBestEffort();

    public CircuitCatalogue(PublishedCircuitRepository versions, CircuitLoader loader, Clock clock) {
        this.versions = versions;
        this.loader = loader;
        this.clock = clock;
    }

    /**
     * Validates and stores a new version. Fails with {@link CircuitRejectedException} when the circuit has
     * errors. Completes empty, changing nothing, when that circuit version is already published:
     * publishing is idempotent, and an existing version is never overwritten.
     */
    public Mono<PublishedCircuit> publish(String json, PublishedCircuit.Source source) {
        return publish(json, source, null);
    }

    /** {@link #publish(String, PublishedCircuit.Source)}, remembering who published it. */
    public Mono<PublishedCircuit> publish(String json, PublishedCircuit.Source source, @Nullable String publisher) {
        return Mono.fromCallable(() -> loader.load(json))
                .flatMap(result -> switch (result) {
                    case LoadResult.Rejected rejected -> Mono.error(new CircuitRejectedException(rejected.problems()));
                    case LoadResult.Loaded ok -> versions.insert(
                                    PublishedCircuit.of(ok.circuit(), json, source, clock.instant(), publisher))
                            .doOnNext(stored -> loaded.put(stored.id(), ok.circuit()));
                })
                .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.empty())
                .flatMap(stored -> count()
                        .doOnNext(published::tryEmitNext)
                        .thenReturn(stored));
    }

    public Mono<PublishedCircuit> find(String circuitId, String version) {
        return versions.findById(PublishedCircuit.idOf(circuitId, version));
    }

    /** The playable circuit of a published version. */
    public Mono<Circuit> circuit(String circuitId, String version) {
        String id = PublishedCircuit.idOf(circuitId, version);
        Circuit known = loaded.getIfPresent(id);
        if (known != null) {
            return Mono.just(known);
        }
        return versions.findById(id)
                .map(stored -> switch (loader.load(stored.json())) {
                    case LoadResult.Loaded ok -> ok.circuit();
                    case LoadResult.Rejected rejected -> throw new CircuitRejectedException(rejected.problems());
                })
                .doOnNext(circuit -> loaded.put(id, circuit));
    }

    /** Deletes the studio previews this author published; nothing else is ever deleted. */
    public Mono<Void> discardPreviews(String publisher) {
        return versions.findBySourceAndPublishedBy(PublishedCircuit.Source.PREVIEW, publisher)
                .concatMap(preview -> versions.delete(preview).doOnSuccess(done -> loaded.invalidate(preview.id())))
                .then();
    }

    /** Every published version, previews included. */
    public Flux<PublishedCircuit> all() {
        return versions.findAll();
    }

    /** The versions a class may play: all but the studio's previews. */
    public Flux<PublishedCircuit> playable() {
        return versions.findBySourceNot(PublishedCircuit.Source.PREVIEW);
    }

    /** The versions of one circuit, previews excluded. */
    public Flux<PublishedCircuit> versionsOf(String circuitId) {
        return versions.findByCircuitId(circuitId).filter(version -> version.source() != PublishedCircuit.Source.PREVIEW);
    }

    /** The number of versions a class may play. */
    public Mono<Long> count() {
        return versions.countBySourceNot(PublishedCircuit.Source.PREVIEW);
    }

    /** The number of published versions now, then after each publication. */
    public Flux<Long> counts() {
        // Both are subscribed at once so that no publication slips between reading the count and
        // listening; versions are never removed, so the largest value seen is the latest.
        return Flux.merge(count(), published.asFlux())
                .scan(Math::max)
                .distinctUntilChanged();
    }
}
