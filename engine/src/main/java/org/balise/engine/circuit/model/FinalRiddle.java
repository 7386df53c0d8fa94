package org.balise.engine.circuit.model;

import java.util.List;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.i18n.LocalizedText;

/**
 * The riddle that crowns a circuit: it opens once the team holds {@code cluesNeeded} of its clues, and
 * those clues together lead to its answer.
 *
 * @param title what the team reads as its heading
 * @param riddle the riddle itself
 * @param clues ids of the clues (given by stations) that lead to the answer
 * @param cluesNeeded how many of them open the final riddle
 * @param points what solving it is worth
 * @param hints help the team may take
 */
public record FinalRiddle(
        LocalizedText title, Riddle riddle, List<String> clues, int cluesNeeded, int points, List<Hint> hints) {

    public FinalRiddle {
        clues = List.copyOf(clues);
        hints = List.copyOf(hints);
    }
}
