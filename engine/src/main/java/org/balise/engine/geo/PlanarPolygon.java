package org.balise.engine.geo;

import java.util.List;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedPolygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * A polygonal zone in the plane: a JTS polygon (outer ring and holes) prepared for point location.
 *
 * <p><b>Algorithm.</b> The sign of the distance comes from the prepared polygon's indexed point-in-area
 * locator (JTS {@code IndexedPointInAreaLocator}, O(log n) per point after an O(n log n) build); its
 * magnitude from a scan of the boundary segments kept in one flat array (O(n), no allocation), which for
 * the tens of vertices a station has beats any index. A point outside the envelope skips the locator.
 * Crossing uses the prepared polygon's {@code intersects}.
 *
 * <p><b>Thread-safety.</b> The locator is created and its index built before the object is published;
 * afterwards everything is read-only.
 */
final class PlanarPolygon implements PlanarZone {

    private static final GeometryFactory PLANE = new GeometryFactory();

    private final Zone.Polygon zone;
    private final PreparedPolygon prepared;
    private final PointOnGeometryLocator locator;
    private final Envelope envelope;
    /** Boundary segments of all rings, four numbers each: ax, ay, bx, by. */
    private final double[] segments;

    private PlanarPolygon(Zone.Polygon zone, Polygon polygon) {
        this.zone = zone;
        this.prepared = new PreparedPolygon(polygon);
        this.locator = prepared.getPointLocator();
        this.envelope = polygon.getEnvelopeInternal().copy();
        this.segments = segmentsOf(polygon);
        // Builds the locator's lazy index now, so that concurrent readers never race to build it.
        locator.locate(new Coordinate(envelope.getMinX(), envelope.getMinY()));
    }

    /**
     * Projects a polygon zone; every ring must be closed with at least four positions and the polygon must
     * be valid per JTS (no self-intersection, holes inside the shell).
     */
    static PlanarPolygon project(Zone.Polygon zone, LocalProjection projection) {
        List<List<LatLon>> rings = zone.rings();
        LinearRing shell = ring(rings.getFirst(), projection, 0);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), projection, i);
        }
        Polygon polygon = PLANE.createPolygon(shell, holes);
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            throw new IllegalArgumentException("a polygon zone must be valid: " + error.getMessage()
                    + " near " + projection.unproject(new PlanePoint(error.getCoordinate().x, error.getCoordinate().y)));
        }
        return new PlanarPolygon(zone, polygon);
    }

    private static LinearRing ring(List<LatLon> positions, LocalProjection projection, int index) {
        if (positions.size() < 4) {
            throw new IllegalArgumentException("ring " + index + " of a polygon zone needs at least 4 positions"
                    + " (a closed triangle), had " + positions.size());
        }
        if (!positions.getFirst().equals(positions.getLast())) {
            throw new IllegalArgumentException("ring " + index + " of a polygon zone must be closed:"
                    + " its last position must repeat its first");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            PlanePoint p = projection.project(positions.get(i));
            coordinates[i] = new Coordinate(p.eastMetres(), p.northMetres());
        }
        coordinates[coordinates.length - 1] = coordinates[0].copy();
        return PLANE.createLinearRing(coordinates);
    }

    private static double[] segmentsOf(Polygon polygon) {
        int count = polygon.getNumPoints() - 1 - polygon.getNumInteriorRing();
        double[] segments = new double[4 * count];
        int at = 0;
        for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
            Coordinate[] ring = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r)).getCoordinates();
            for (int i = 0; i + 1 < ring.length; i++) {
                segments[at++] = ring[i].x;
                segments[at++] = ring[i].y;
                segments[at++] = ring[i + 1].x;
                segments[at++] = ring[i + 1].y;
            }
        }
        return segments;
    }

    /** The polygon in plane coordinates (a copy: JTS geometries are mutable). */
    Polygon polygon() {
        return (Polygon) prepared.getGeometry().copy();
    }

    @Override
    public Zone zone() {
        return zone;
    }

    @Override
    public double signedDistanceMetres(double eastMetres, double northMetres) {
        double best = Double.POSITIVE_INFINITY;
        double[] s = segments;
        for (int i = 0; i < s.length; i += 4) {
            best = Math.min(best, Segments.distanceSquared(eastMetres, northMetres, s[i], s[i + 1], s[i + 2], s[i + 3]));
        }
        double distance = Math.sqrt(best);
        if (!envelope.covers(eastMetres, northMetres)) {
            return distance;
        }
        return switch (locator.locate(new Coordinate(eastMetres, northMetres))) {
            case Location.INTERIOR -> -distance;
            case Location.BOUNDARY -> 0;
            default -> distance;
        };
    }

    @Override
    public boolean crossedBy(PlanePoint from, PlanePoint to) {
        Coordinate a = new Coordinate(from.eastMetres(), from.northMetres());
        Coordinate b = new Coordinate(to.eastMetres(), to.northMetres());
        return a.equals2D(b)
                ? prepared.intersects(PLANE.createPoint(a))
                : prepared.intersects(PLANE.createLineString(new Coordinate[] {a, b}));
    }

    @Override
    public Envelope envelope() {
        return envelope.copy();
    }

    @Override
    public String toString() {
        return "PlanarPolygon[" + zone + "]";
    }
}
