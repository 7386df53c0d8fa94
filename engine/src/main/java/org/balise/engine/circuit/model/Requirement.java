package org.balise.engine.circuit.model;

import java.util.List;

/**
 * In a graph progression, what opens a station: having solved at least {@code atLeast} of {@code stations}.
 * "All of" is {@code atLeast == stations.size()}.
 *
 * @param stations ids of the stations that count
 * @param atLeast how many of them are enough; at least 1 (validation checks it does not exceed the list)
 */
public record Requirement(List<String> stations, int atLeast) {

    public Requirement {
        stations = List.copyOf(stations);
        if (atLeast < 1) {
            throw new IllegalArgumentException("a requirement needs at least one station, was " + atLeast);
        }
    }
}
