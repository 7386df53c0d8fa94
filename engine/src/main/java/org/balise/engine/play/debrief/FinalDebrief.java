package org.balise.engine.play.debrief;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The final riddle, as it went for a team.
 *
 * @param openedAt when it opened; null if it never did
 * @param solvedAt when it was solved; null if it was not
 */
public record FinalDebrief(@Nullable Instant openedAt, @Nullable Instant solvedAt, int wrongAttempts,
        List<String> hints, int hintCost, int points) {

    public FinalDebrief {
        hints = List.copyOf(hints);
    }

    public boolean solved() {
        return solvedAt != null;
    }
}
