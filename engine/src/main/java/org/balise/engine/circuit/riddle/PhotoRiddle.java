package org.balise.engine.circuit.riddle;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;

/** The team sends a photo; a teacher accepts or refuses it. */
public record PhotoRiddle(LocalizedText question, List<String> media, Answer answer) implements Riddle {

    public PhotoRiddle {
        media = List.copyOf(media);
    }

    @Override
    public String kind() {
        return "photo";
    }

    /** @param guidance what the teacher should see in the photo to accept it; shown to teachers only */
    public record Answer(LocalizedText guidance) {
    }
}
