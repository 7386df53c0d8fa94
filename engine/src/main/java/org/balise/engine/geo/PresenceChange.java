package org.balise.engine.geo;

/** A visit that began or ended at the station named {@code key}: {@code decision} is Arrived or Left. */
public record PresenceChange<K>(K key, PresenceDecision decision) {

    public PresenceChange {
        if (!(decision instanceof PresenceDecision.Arrived || decision instanceof PresenceDecision.Left)) {
            throw new IllegalArgumentException("a presence change is an arrival or a departure, was " + decision);
        }
    }
}
