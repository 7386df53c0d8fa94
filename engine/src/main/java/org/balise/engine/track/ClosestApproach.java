package org.balise.engine.track;

import java.time.Instant;
import org.balise.engine.geo.LatLon;

/**
 * The accepted fix of a replay that came nearest a station's zone: what to tell an author whose station was not
 * reached ("the walk came within 34 m").
 *
 * @param distanceMetres from the fix to the zone's edge, 0 when the fix lay inside the zone
 * @param at the fix's instant
 * @param position the fix's position
 */
public record ClosestApproach(double distanceMetres, Instant at, LatLon position) {

    public ClosestApproach {
        if (!(distanceMetres >= 0) || Double.isInfinite(distanceMetres)) {
            throw new IllegalArgumentException("a distance must be a finite number of metres, was " + distanceMetres);
        }
    }

    /** Whether a fix lay inside the zone (a station can still be unreached: too short a stay, too poor a fix). */
    public boolean inside() {
        return distanceMetres == 0;
    }
}
