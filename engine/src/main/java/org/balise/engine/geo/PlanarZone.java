package org.balise.engine.geo;

import org.locationtech.jts.geom.Envelope;

/**
 * A zone projected into a circuit's local plane, ready for exact tests in metres.
 *
 * <p>A circle keeps its centre and radius and is tested by distance, never approximated by a polygon. A
 * polygon is a JTS geometry in plane coordinates, prepared once for fast point location.
 *
 * <p><b>Thread-safety.</b> Immutable once built; share freely.
 */
public sealed interface PlanarZone permits PlanarCircle, PlanarPolygon {

    /** Projects {@code zone} into the plane of {@code projection}, checking a polygon's validity. */
    static PlanarZone of(Zone zone, LocalProjection projection) {
        return switch (zone) {
            case Zone.Circle circle -> new PlanarCircle(circle, projection.project(circle.centre()));
            case Zone.Polygon polygon -> PlanarPolygon.project(polygon, projection);
        };
    }

    /** The zone as the circuit describes it, in WGS84. */
    Zone zone();

    /**
     * The signed distance from a point of the plane to the zone's boundary: negative inside, zero on the
     * boundary, positive outside, in metres.
     */
    double signedDistanceMetres(double eastMetres, double northMetres);

    default double signedDistanceMetres(PlanePoint point) {
        return signedDistanceMetres(point.eastMetres(), point.northMetres());
    }

    /** Whether the straight segment between two points touches the zone: a track that jumped over it. */
    boolean crossedBy(PlanePoint from, PlanePoint to);

    /** The smallest axis-aligned box around the zone in the plane (a copy). */
    Envelope envelope();
}
