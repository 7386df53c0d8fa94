package org.balise.engine.play.team;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of a team's score, as the ledger keeps it.
 *
 * @param riddle the riddle it concerns (a station id or {@code #final}); null for an award
 * @param requested the change asked for (a hint's cost as a negative number)
 * @param applied the change made: {@code requested}, unless a loss would have taken the score below zero
 * @param note the teacher's reason for an award; null otherwise
 */
public record ScoreLine(Instant at, ScoreSource source, @Nullable String riddle, int requested, int applied,
        @Nullable String note) {
}
