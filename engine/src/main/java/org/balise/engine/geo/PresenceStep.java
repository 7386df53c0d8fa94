package org.balise.engine.geo;

/** The outcome of one sighting at one station: the new state and what it decided. */
public record PresenceStep(PresenceState state, PresenceDecision decision) {
}
