package org.balise.engine.play.debrief;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A team's place on the leaderboard.
 *
 * @param rank 1 for the first; teams tied on every criterion share a rank (1, 1, 3)
 * @param finishedAt when the team finished; null if it has not
 */
public record Standing(int rank, String teamId, String name, int score, int stationsSolved, boolean finished,
        @Nullable Instant finishedAt) {
}
