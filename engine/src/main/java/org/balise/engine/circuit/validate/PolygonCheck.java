package org.balise.engine.circuit.validate;

import java.util.Locale;
import java.util.Optional;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.geo.Zone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Every polygon zone has closed rings and is a valid shape according to JTS's {@code IsValidOp}. */
final class PolygonCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        for (int i = 0; i < circuit.stations().size(); i++) {
            if (!(circuit.stations().get(i).zone() instanceof Zone.Polygon polygon)) {
                continue;
            }
            Pointer coordinates = Sites.station(i).at("zone").at("coordinates");
            Optional<Integer> open = Polygons.firstOpenRing(polygon);
            if (open.isPresent()) {
                problems.error(coordinates.at(open.get()),
                        "This outline is not closed: its last position must repeat its first one, as GeoJSON requires.");
                continue;
            }
            Polygons.topologyError(polygon).ifPresent(error -> problems.error(coordinates,
                    "This polygon is not a valid shape: " + reason(error) + near(error.getCoordinate()) + "."));
        }
    }

    private static String reason(TopologyValidationError error) {
        return switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION -> "its edges cross each other";
            case TopologyValidationError.RING_SELF_INTERSECTION -> "an outline touches itself";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "a hole lies outside its outer boundary";
            case TopologyValidationError.NESTED_HOLES -> "a hole lies inside another hole";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "its holes cut it into separate pieces";
            case TopologyValidationError.DUPLICATE_RINGS -> "two of its outlines are the same";
            case TopologyValidationError.TOO_FEW_POINTS -> "an outline has fewer than 3 different positions";
            case TopologyValidationError.REPEATED_POINT -> "an outline repeats a position";
            case TopologyValidationError.RING_NOT_CLOSED -> "an outline is not closed";
            default -> "its outline is not a simple area";
        };
    }

    private static String near(Coordinate coordinate) {
        if (coordinate == null || Double.isNaN(coordinate.x) || Double.isNaN(coordinate.y)) {
            return "";
        }
        return String.format(Locale.ROOT, " near latitude %.5f, longitude %.5f", coordinate.y, coordinate.x);
    }
}
