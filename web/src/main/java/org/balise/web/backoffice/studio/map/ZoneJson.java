package org.balise.web.backoffice.studio.map;

import java.util.List;
import org.balise.engine.geo.LatLon;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes zones in the circuit's JSON format, rounded as an author would type them: coordinates to 6
 * decimals (about 10 cm, far below GPS error), a radius to whole metres between
 * {@value #MINIMUM_RADIUS} m and the schema's maximum. Rounding here keeps a dragged marker from writing
 * 15 meaningless digits into the circuit.
 */
final class ZoneJson {

    /** Smaller circles are a slip of the mouse: no phone could tell it is inside. */
    static final int MINIMUM_RADIUS = 5;
    /** The circuit schema's maximum radius. */
    static final int MAXIMUM_RADIUS = 100_000;
    /** A placed circle's first radius: a small square or a courtyard, and above the usual GPS error. */
    static final int DEFAULT_RADIUS = 25;

    private static final double MILLIONTHS = 1e6;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ZoneJson() {
    }

    /** {@code {"type":"Circle","centre":{"lat":…,"lon":…},"radius":…}} */
    static ObjectNode circle(LatLon centre, double radiusMetres) {
        ObjectNode circle = NODES.objectNode().put("type", "Circle");
        circle.putObject("centre").put("lat", degrees(centre.latitude())).put("lon", degrees(centre.longitude()));
        return circle.put("radius", metres(radiusMetres));
    }

    /** {@code {"type":"Polygon","coordinates":[[[lon,lat],…]]}}: the rings as given, in GeoJSON's order. */
    static ObjectNode polygon(List<List<LatLon>> rings) {
        ObjectNode polygon = NODES.objectNode().put("type", "Polygon");
        ArrayNode coordinates = polygon.putArray("coordinates");
        for (List<LatLon> ring : rings) {
            ArrayNode positions = coordinates.addArray();
            for (LatLon point : ring) {
                positions.addArray().add(degrees(point.longitude())).add(degrees(point.latitude()));
            }
        }
        return polygon;
    }

    static double degrees(double value) {
        return Math.round(value * MILLIONTHS) / MILLIONTHS;
    }

    static int metres(double radius) {
        return Math.clamp(Math.round(radius), MINIMUM_RADIUS, MAXIMUM_RADIUS);
    }
}
