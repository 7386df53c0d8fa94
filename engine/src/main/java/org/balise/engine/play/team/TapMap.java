package org.balise.engine.play.team;

import org.balise.engine.geo.LatLon;
import org.balise.engine.play.TypeName;

/**
 * Virtual mode: the team tapped the map to say "the station is here". The tap is judged as a fix with the
 * declared accuracy, by each "find it on the map" station's presence rule for taps.
 *
 * @param accuracyMetres how far a finger can miss at the map's zoom, as the app declares it
 */
@TypeName("tap-map")
public record TapMap(String commandId, LatLon position, double accuracyMetres) implements TeamCommand {
}
