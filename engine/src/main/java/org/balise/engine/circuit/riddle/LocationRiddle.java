package org.balise.engine.circuit.riddle;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;

/** Being at the station is the proof: nothing to answer, so no {@code answer} component. */
public record LocationRiddle(LocalizedText question, List<String> media) implements Riddle {

    public LocationRiddle {
        media = List.copyOf(media);
    }

    @Override
    public String kind() {
        return "location-only";
    }
}
