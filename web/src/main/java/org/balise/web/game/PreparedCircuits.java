package org.balise.web.game;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.balise.engine.play.PreparedCircuit;
import org.balise.web.circuits.CircuitCatalogue;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Circuits prepared for play (zones projected and indexed), once per published version, the most used kept
 * in memory (studio previews add versions all day; an evicted one is prepared again when played).
 */
@Component
class PreparedCircuits {

    private final CircuitCatalogue catalogue;
    private final Cache<String, PreparedCircuit> prepared = Caffeine.newBuilder().maximumSize(256).build();

    PreparedCircuits(CircuitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Mono<PreparedCircuit> of(String circuitId, String version) {
        String key = circuitId + "@" + version;
        PreparedCircuit known = prepared.getIfPresent(key);
        if (known != null) {
            return Mono.just(known);
        }
        return catalogue.circuit(circuitId, version)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("No published circuit " + key)))
                .map(circuit -> prepared.get(key, unused -> PreparedCircuit.of(circuit)));
    }
}
