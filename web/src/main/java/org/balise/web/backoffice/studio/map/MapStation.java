package org.balise.web.backoffice.studio.map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A station as the map draws it: its id, the title shown over its zone, and its zone in the circuit's JSON
 * format (a {@code Circle} or a GeoJSON {@code Polygon}); no zone for a station proven some other way.
 */
public record MapStation(String id, String title, @Nullable ObjectNode zone) {
}
