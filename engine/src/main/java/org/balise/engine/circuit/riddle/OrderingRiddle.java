package org.balise.engine.circuit.riddle;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;

/** The team puts the items in order. Players receive the items shuffled; the author's list order means nothing. */
public record OrderingRiddle(LocalizedText question, List<String> media, List<Option> items, Answer answer)
        implements Riddle {

    public OrderingRiddle {
        media = List.copyOf(media);
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "ordering";
    }

    /** @param order every item id once, in the right order */
    public record Answer(List<String> order) {
        public Answer {
            order = List.copyOf(order);
        }
    }
}
