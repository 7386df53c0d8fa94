package org.balise.engine.circuit.model;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;

/**
 * What a team playing from a map reads at a station.
 *
 * @param description the station's text
 * @param media ids of the circuit's media shown with it, in display order
 * @param findOnMap whether the team must first find the station's place on the map (it then needs a zone)
 */
public record VirtualContent(LocalizedText description, List<String> media, boolean findOnMap) {

    public VirtualContent {
        media = List.copyOf(media);
    }
}
