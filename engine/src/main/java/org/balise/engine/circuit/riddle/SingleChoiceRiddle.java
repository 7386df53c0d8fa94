package org.balise.engine.circuit.riddle;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;

/** The team picks one of the options. */
public record SingleChoiceRiddle(LocalizedText question, List<String> media, List<Option> options, Answer answer)
        implements Riddle {

    public SingleChoiceRiddle {
        media = List.copyOf(media);
        options = List.copyOf(options);
    }

    @Override
    public String kind() {
        return "single-choice";
    }

    /** @param correct the id of the right option */
    public record Answer(String correct) {
    }
}
