package org.balise.engine.geo;

import java.util.ArrayList;
import java.util.List;

/** Test places laid out in metres east and north of a point, in that point's own tangent plane. */
record Around(LatLon origin) {

    static final Around DIJON = new Around(new LatLon(47.32, 5.00));

    LatLon at(double eastMetres, double northMetres) {
        return LocalProjection.centredOn(origin).unproject(new PlanePoint(eastMetres, northMetres));
    }

    Zone.Circle circle(double eastMetres, double northMetres, double radiusMetres) {
        return new Zone.Circle(at(eastMetres, northMetres), radiusMetres);
    }

    /** A closed ring through the given east, north pairs. */
    List<LatLon> ring(double... eastNorth) {
        List<LatLon> ring = new ArrayList<>();
        for (int i = 0; i < eastNorth.length; i += 2) {
            ring.add(at(eastNorth[i], eastNorth[i + 1]));
        }
        ring.add(ring.getFirst());
        return ring;
    }

    /** An axis-aligned square of side {@code 2·half} centred on (east, north). */
    List<LatLon> square(double east, double north, double half) {
        return ring(east - half, north - half, east + half, north - half, east + half, north + half, east - half, north + half);
    }
}
