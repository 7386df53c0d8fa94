package org.balise.engine.circuit.riddle;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;

/** The team enters a code of digits, like on a padlock. */
public record CodeRiddle(LocalizedText question, List<String> media, Answer answer) implements Riddle {

    public CodeRiddle {
        media = List.copyOf(media);
    }

    @Override
    public String kind() {
        return "code";
    }

    /** @param digits the code as written, leading zeros kept; validation checks it holds digits only */
    public record Answer(String digits) {
    }
}
