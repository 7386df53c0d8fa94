package org.balise.engine.circuit.riddle;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;

/** The team types a free answer, compared with the accepted ones. */
public record TextRiddle(LocalizedText question, List<String> media, Answer answer) implements Riddle {

    public TextRiddle {
        media = List.copyOf(media);
    }

    @Override
    public String kind() {
        return "text";
    }

    /**
     * @param accepted every answer that counts, in any language
     * @param matching how typed answers are compared with them
     */
    public record Answer(List<String> accepted, Matching matching) {
        public Answer {
            accepted = List.copyOf(accepted);
        }
    }
}
