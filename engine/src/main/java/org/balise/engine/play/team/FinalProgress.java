package org.balise.engine.play.team;

import java.time.Instant;

/**
 * The final riddle, once open to the team.
 *
 * @param openedAt when it opened: its hints' delays count from here
 */
public record FinalProgress(Instant openedAt, RiddleProgress riddle) {

    public boolean solved() {
        return riddle.solved();
    }

    FinalProgress withRiddle(RiddleProgress newRiddle) {
        return new FinalProgress(openedAt, newRiddle);
    }
}
