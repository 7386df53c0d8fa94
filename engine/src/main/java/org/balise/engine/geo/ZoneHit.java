package org.balise.engine.geo;

/**
 * A zone that a position may be in, with the signed distance from the position to the zone's boundary:
 * negative inside, zero on the boundary, positive outside (metres in the circuit's local plane).
 */
public record ZoneHit<K>(K key, double signedDistanceMetres) {

    public ZoneHit {
        if (Double.isNaN(signedDistanceMetres)) {
            throw new IllegalArgumentException("a zone hit needs a distance, was NaN");
        }
    }

    /** Inside or on the boundary: a boundary is an answer, and it counts as inside. */
    public boolean covers() {
        return signedDistanceMetres <= 0;
    }
}
