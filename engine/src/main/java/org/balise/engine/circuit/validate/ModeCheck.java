package org.balise.engine.circuit.validate;

import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.riddle.LocationRiddle;

/**
 * Each offered mode is playable at each station, and content for a mode the circuit does not offer is
 * pointed out: on site a station needs content and a way to prove presence (a zone or a fallback proof);
 * in the virtual mode it needs virtual content, a zone if the team must find it on the map, and something
 * to do.
 */
final class ModeCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        boolean onSite = circuit.offers(Mode.ON_SITE);
        boolean virtual = circuit.offers(Mode.VIRTUAL);
        for (int i = 0; i < circuit.stations().size(); i++) {
            Station station = circuit.stations().get(i);
            Pointer at = Sites.station(i);
            if (onSite && station.onSite() == null) {
                problems.error(at.at("onSite"),
                        "The circuit offers the on-site mode, but this station has no on-site content (onSite).");
            }
            if (!onSite && station.onSite() != null) {
                problems.warning(at.at("onSite"), "The circuit does not offer the on-site mode, so this content will never be shown.");
            }
            if (onSite && station.zone() == null && station.fallbackProofs().isEmpty()) {
                problems.error(at.at("zone"), "This station has neither a zone nor a fallback proof, so a team on site"
                        + " has no way to prove it is there.");
            }
            if (virtual && station.virtual() == null) {
                problems.error(at.at("virtual"),
                        "The circuit offers the virtual mode, but this station has no virtual content (virtual).");
            }
            if (!virtual && station.virtual() != null) {
                problems.warning(at.at("virtual"), "The circuit does not offer the virtual mode, so this content will never be shown.");
            }
            if (!virtual && station.virtualRiddle() != null) {
                problems.warning(at.at("virtualRiddle"), "The circuit does not offer the virtual mode, so this riddle will never be asked.");
            }
            if (station.virtual() != null && station.virtual().findOnMap() && station.zone() == null) {
                problems.error(at.at("virtual").at("findOnMap"), "Teams must find this station on the map, but it has"
                        + " no zone to find: add a zone or set findOnMap to false.");
            }
            if (virtual && station.virtual() != null && !station.virtual().findOnMap()
                    && station.riddleIn(Mode.VIRTUAL) instanceof LocationRiddle) {
                problems.warning(at.at("virtual").at("findOnMap"), "In the virtual mode this station asks nothing: its"
                        + " riddle is location-only and teams do not have to find it on the map. Set findOnMap to"
                        + " true or add a virtualRiddle.");
            }
        }
    }
}
