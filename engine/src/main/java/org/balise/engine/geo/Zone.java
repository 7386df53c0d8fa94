package org.balise.engine.geo;

import java.util.List;
import org.locationtech.jts.algorithm.InteriorPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

/**
 * The area a team must stand in to be at a station, in WGS84. A circle is a centre and a radius tested by
 * distance (never approximated by a polygon); a polygon follows GeoJSON: the first ring is the outer
 * boundary, any further ring a hole, each ring closed (first position repeated last).
 */
public sealed interface Zone permits Zone.Circle, Zone.Polygon {

    /**
     * A position inside the zone, away from its boundary where the zone allows: a circle's centre, a
     * polygon's interior point as JTS finds it (inside even when the polygon is concave or has holes).
     */
    LatLon interiorPoint();

    record Circle(LatLon centre, double radiusMetres) implements Zone {
        public Circle {
            if (!Double.isFinite(radiusMetres) || radiusMetres <= 0) {
                throw new IllegalArgumentException("a circle's radius must be a positive number of metres, was " + radiusMetres);
            }
        }

        @Override
        public LatLon interiorPoint() {
            return centre;
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

        @Override
        public LatLon interiorPoint() {
            // In degrees: a point inside the polygon there is inside it on the ground too.
            GeometryFactory degrees = new GeometryFactory();
            List<LinearRing> linearRings = rings.stream().map(ring -> degrees.createLinearRing(ring.stream()
                    .map(position -> new Coordinate(position.longitude(), position.latitude()))
                    .toArray(Coordinate[]::new))).toList();
            Coordinate inside = InteriorPoint.getInteriorPoint(degrees.createPolygon(linearRings.getFirst(),
                    linearRings.subList(1, linearRings.size()).toArray(LinearRing[]::new)));
            return new LatLon(inside.getY(), inside.getX());
        }
    }
}
