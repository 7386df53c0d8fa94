package org.balise.engine.play.team;

import org.balise.engine.play.TypeName;

/** Virtual mode: the team opens an open station from its list (one that need not be found on the map). */
@TypeName("open-station")
public record OpenStation(String commandId, String stationId) implements TeamCommand {
}
