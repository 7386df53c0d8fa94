package org.balise.engine.play.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The final riddle as a team sees it.
 *
 * @param cluesNeeded how many of its clues open it
 * @param cluesHeld how many of its clues the team holds
 * @param riddle the riddle, without its answer; null while locked
 * @param hints as for a station; empty while locked
 * @param attempts null while locked or once solved
 */
public record FinalRiddleView(String title, FinalStatus status, int cluesNeeded, int cluesHeld,
        @Nullable RiddleView riddle, List<HintView> hints, @Nullable AttemptsView attempts, int points) {

    public FinalRiddleView {
        hints = List.copyOf(hints);
    }
}
