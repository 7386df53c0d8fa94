package org.balise.engine.geo;

import java.util.List;

/**
 * The area a team must stand in to be at a station, in WGS84. A circle is a centre and a radius tested by
 * distance (never approximated by a polygon); a polygon follows GeoJSON: the first ring is the outer
 * boundary, any further ring a hole, each ring closed (first position repeated last).
 */
public sealed interface Zone permits Zone.Circle, Zone.Polygon {

    record Circle(LatLon centre, double radiusMetres) implements Zone {
        public Circle {
            if (!Double.isFinite(radiusMetres) || radiusMetres <= 0) {
                throw new IllegalArgumentException("a circle's radius must be a positive number of metres, was " + radiusMetres);
            }
        }
    }

    record Polygon(List<List<LatLon>> rings) implements Zone {
        public Polygon {
            rings = rings.stream().map(List::copyOf).toList();
            if (rings.isEmpty()) {
                throw new IllegalArgumentException("a polygon needs at least its outer ring");
            }
        }

        public List<LatLon> outerRing() {
            return rings.getFirst();
        }
    }
}
