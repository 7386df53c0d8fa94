package org.balise.web.backoffice.studio.map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The author placed, moved, resized or drew the zone of a station on the map. The zone is in the circuit's
 * JSON format, already checked and rounded (coordinates to 6 decimals, about 10 cm; a radius to whole
 * metres, at least {@value ZoneJson#MINIMUM_RADIUS} m); it is a fresh node, the listener may keep it.
 */
public record ZoneChanged(String stationId, ObjectNode zone) {
}
