package org.balise.engine.circuit.validate;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.Zone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Turns a zone's polygon into a JTS polygon and asks JTS whether it is a valid shape. */
final class Polygons {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Polygons() {
    }

    /** The index of the first ring whose last position does not repeat its first one. */
    static Optional<Integer> firstOpenRing(Zone.Polygon polygon) {
        for (int k = 0; k < polygon.rings().size(); k++) {
            List<LatLon> ring = polygon.rings().get(k);
            if (ring.size() < 4 || !ring.getFirst().equals(ring.getLast())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Why the polygon is not a valid shape (OGC rules as JTS checks them: rings simple, holes inside the
     * outer boundary and apart from each other, interior connected). Rings must be closed; in degrees,
     * longitude as x and latitude as y, which is enough for topology.
     */
    static Optional<TopologyValidationError> topologyError(Zone.Polygon polygon) {
        IsValidOp validity = new IsValidOp(toJts(polygon, p -> new Coordinate(p.longitude(), p.latitude())));
        return Optional.ofNullable(validity.getValidationError());
    }

    /** Whether the rings are closed and the shape valid: the polygons other checks may measure. */
    static boolean isUsable(Zone.Polygon polygon) {
        return firstOpenRing(polygon).isEmpty() && topologyError(polygon).isEmpty();
    }

    /** The polygon with each position mapped by {@code coordinate}; its rings must be closed. */
    static Polygon toJts(Zone.Polygon polygon, Function<LatLon, Coordinate> coordinate) {
        LinearRing shell = ring(polygon.outerRing(), coordinate);
        LinearRing[] holes = polygon.rings().stream().skip(1)
                .map(r -> ring(r, coordinate))
                .toArray(LinearRing[]::new);
        return FACTORY.createPolygon(shell, holes);
    }

    static GeometryFactory factory() {
        return FACTORY;
    }

    private static LinearRing ring(List<LatLon> positions, Function<LatLon, Coordinate> coordinate) {
        return FACTORY.createLinearRing(positions.stream().map(coordinate).toArray(Coordinate[]::new));
    }
}
