package org.balise.engine.play.debrief;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.jspecify.annotations.Nullable;

/**
 * What a session's teams did, together.
 *
 * @param startedAt when play began; null if it never did
 * @param endedAt when it ended (by the teacher or its duration); null while it goes on
 * @param playedTime the session's played time, pauses excluded, up to its end or the debrief's instant
 * @param leaderboard the teams ranked
 * @param teams each team's debrief, in the order they joined
 * @param stations each station across the teams, in the circuit's order
 */
public record SessionDebrief(
        String sessionId,
        String circuitId,
        String circuitVersion,
        Mode mode,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        Duration playedTime,
        List<Standing> leaderboard,
        List<TeamDebrief> teams,
        List<StationSummary> stations) {

    public SessionDebrief {
        leaderboard = List.copyOf(leaderboard);
        teams = List.copyOf(teams);
        stations = List.copyOf(stations);
    }
}
