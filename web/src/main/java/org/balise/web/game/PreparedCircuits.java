package org.balise.web.game;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.balise.engine.play.PreparedCircuit;
import org.balise.web.circuits.CircuitCatalogue;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Circuits prepared for play (zones projected and indexed), once per published version. */
@Component
class PreparedCircuits {

    private final CircuitCatalogue catalogue;
    private final Map<String, PreparedCircuit> prepared = new ConcurrentHashMap<>();

    PreparedCircuits(CircuitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Mono<PreparedCircuit> of(String circuitId, String version) {
        String key = circuitId + "@" + version;
        PreparedCircuit known = prepared.get(key);
        if (known != null) {
            return Mono.just(known);
        }
        return catalogue.circuit(circuitId, version)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("No published circuit " + key)))
                .map(circuit -> prepared.computeIfAbsent(key, unused -> PreparedCircuit.of(circuit)));
    }
}
