package org.balise.engine.answer;

import java.util.List;

/**
 * What a team gives in answer to a riddle, in the circuit's own terms (option and item ids, not the keys a
 * phone shows: the play room maps those back before asking).
 */
public sealed interface Response permits Response.Typed, Response.Chosen, Response.Ordered {

    /** Text typed on the phone: for text, number and code riddles. */
    record Typed(String text) implements Response {
    }

    /** The options ticked: exactly one for a single-choice riddle. */
    record Chosen(List<String> optionIds) implements Response {
        public Chosen {
            optionIds = List.copyOf(optionIds);
        }
    }

    /** The items of an ordering riddle, first to last. */
    record Ordered(List<String> itemIds) implements Response {
        public Ordered {
            itemIds = List.copyOf(itemIds);
        }
    }
}
