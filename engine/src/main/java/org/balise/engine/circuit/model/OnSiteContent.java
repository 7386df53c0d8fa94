package org.balise.engine.circuit.model;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;

/**
 * What a team on site reads at a station.
 *
 * @param description the station's text
 * @param media ids of the circuit's media shown with it, in display order
 */
public record OnSiteContent(LocalizedText description, List<String> media) {

    public OnSiteContent {
        media = List.copyOf(media);
    }
}
