package org.balise.engine.play.team;

import java.util.List;

/**
 * An answer as a phone sends it. Options and items are named by the keys of the team's player view, never by
 * the circuit's ids (which the view does not show: an id may give the answer away).
 */
public sealed interface GivenAnswer permits GivenAnswer.Typed, GivenAnswer.Chosen, GivenAnswer.Ordered {

    /** Typed text: text, number and code riddles. */
    record Typed(String text) implements GivenAnswer {
    }

    /** The keys of the options ticked: one for a single-choice riddle. */
    record Chosen(List<String> keys) implements GivenAnswer {
        public Chosen {
            keys = List.copyOf(keys);
        }
    }

    /** The keys of an ordering riddle's items, first to last. */
    record Ordered(List<String> keys) implements GivenAnswer {
        public Ordered {
            keys = List.copyOf(keys);
        }
    }
}
