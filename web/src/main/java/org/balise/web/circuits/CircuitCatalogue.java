package org.balise.web.circuits;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The published circuits, shared by both doors. Versions are immutable: publishing adds one, never
 * replaces one.
 */
@Service
public class CircuitCatalogue {

    private final PublishedCircuitRepository versions;
    private final Sinks.Many<Long> published = Sinks.many().multicast().directBestEffort();

    public CircuitCatalogue(PublishedCircuitRepository versions) {
        this.versions = versions;
    }

    /**
     * Stores a new version. Completes empty, changing nothing, when that circuit version already exists:
     * publishing is idempotent, and an existing version is never overwritten.
     */
    public Mono<PublishedCircuit> publish(PublishedCircuit circuit) {
        return versions.insert(circuit)
                .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.empty())
                .flatMap(stored -> count()
                        .doOnNext(count -> published.tryEmitNext(count))
                        .thenReturn(stored));
    }

    public Mono<PublishedCircuit> find(String circuitId, String version) {
        return versions.findById(PublishedCircuit.idOf(circuitId, version));
    }

    public Flux<PublishedCircuit> all() {
        return versions.findAll();
    }

    public Mono<Long> count() {
        return versions.count();
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
