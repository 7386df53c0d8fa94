package org.balise.engine.geo;

/**
 * The usual key of a zone across all loaded circuits: the circuit's id and the station's id within it.
 * Valid by construction: neither id is blank. The spatial types are generic in their key, so any value with
 * a sound {@code equals} and {@code hashCode} serves as well; this one is what the circuit loader uses.
 */
public record ZoneKey(String circuitId, String stationId) {

    public ZoneKey {
        if (circuitId.isBlank()) {
            throw new IllegalArgumentException("a zone key needs a circuit id");
        }
        if (stationId.isBlank()) {
            throw new IllegalArgumentException("a zone key needs a station id");
        }
    }

    @Override
    public String toString() {
        return circuitId + "/" + stationId;
    }
}
