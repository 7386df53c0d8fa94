package org.balise.engine.circuit.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a team gets when it solves a station.
 *
 * @param clue a clue toward the final riddle; null when the station gives none
 * @param trades ids of the trades the station shows
 */
public record Rewards(@Nullable Clue clue, List<String> trades) {

    /** A station that gives nothing but its points. */
    public static final Rewards NONE = new Rewards(null, List.of());

    public Rewards {
        trades = List.copyOf(trades);
    }
}
