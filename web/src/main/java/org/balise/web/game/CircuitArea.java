package org.balise.web.game;

import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.Zone;
import org.jspecify.annotations.Nullable;

/**
 * The box around all of a circuit's zones, in degrees: where a phone's map starts before it knows where the
 * team is (in the virtual mode, the team must find stations whose zones it is not shown). It reveals no
 * station's place: every circuit's box is its whole playing area.
 */
public record CircuitArea(double south, double west, double north, double east) {

    private static final double METRES_PER_DEGREE = 111_320;

    /** The area of a circuit's zoned stations; null for a circuit without any (indoors). */
    static @Nullable CircuitArea of(Circuit circuit) {
        double south = 90;
        double north = -90;
        double west = 180;
        double east = -180;
        boolean any = false;
        for (Station station : circuit.stations()) {
            Zone zone = station.zone();
            if (zone == null) {
                continue;
            }
            any = true;
            switch (zone) {
                case Zone.Circle circle -> {
                    LatLon c = circle.centre();
                    double dLat = circle.radiusMetres() / METRES_PER_DEGREE;
                    double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(c.latitude())));
                    south = Math.min(south, c.latitude() - dLat);
                    north = Math.max(north, c.latitude() + dLat);
                    west = Math.min(west, c.longitude() - dLon);
                    east = Math.max(east, c.longitude() + dLon);
                }
                case Zone.Polygon polygon -> {
                    for (LatLon p : polygon.outerRing()) {
                        south = Math.min(south, p.latitude());
                        north = Math.max(north, p.latitude());
                        west = Math.min(west, p.longitude());
                        east = Math.max(east, p.longitude());
                    }
                }
            }
        }
        return any ? new CircuitArea(south, west, north, east) : null;
    }
}
