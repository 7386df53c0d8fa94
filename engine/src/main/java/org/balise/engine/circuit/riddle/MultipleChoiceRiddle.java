package org.balise.engine.circuit.riddle;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;

/** The team ticks every right option, and only those. */
public record MultipleChoiceRiddle(LocalizedText question, List<String> media, List<Option> options, Answer answer)
        implements Riddle {

    public MultipleChoiceRiddle {
        media = List.copyOf(media);
        options = List.copyOf(options);
    }

    @Override
    public String kind() {
        return "multiple-choice";
    }

    /** @param correct the ids of the right options, in the author's order */
    public record Answer(List<String> correct) {
        public Answer {
            correct = List.copyOf(correct);
        }
    }
}
