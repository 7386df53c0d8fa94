package org.balise.engine.play.debrief;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.balise.engine.play.team.TeamState;

/**
 * A session's ranking, a pure function of its teams' states.
 *
 * <p><b>Order.</b> Higher score first; then more stations solved; then finished before unfinished, earlier
 * finish first; then whoever reached its score earlier. Teams equal on all of these share a rank and are
 * listed by name, then id.
 *
 * <p><b>Cost.</b> O(t log t) for t teams. <b>Thread-safety.</b> Stateless.
 */
public final class Leaderboard {

    private static final Instant NEVER = Instant.MAX;

    private static final Comparator<TeamState> RANKING = Comparator
            .comparingInt(TeamState::score).reversed()
            .thenComparing(Comparator.comparingInt(TeamState::stationsSolved).reversed())
            .thenComparing(team -> team.finishedAt() == null ? NEVER : team.finishedAt())
            .thenComparing(team -> team.lastScoredAt() == null ? NEVER : team.lastScoredAt());

    private static final Comparator<TeamState> LISTING = RANKING
            .thenComparing(team -> team.member().name())
            .thenComparing(TeamState::teamId);

    private Leaderboard() {
    }

    /** The teams ranked. */
    public static List<Standing> of(Collection<TeamState> teams) {
        List<TeamState> sorted = new ArrayList<>(teams);
        sorted.sort(LISTING);
        List<Standing> standings = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            TeamState team = sorted.get(i);
            int rank = i > 0 && RANKING.compare(sorted.get(i - 1), team) == 0 ? standings.get(i - 1).rank() : i + 1;
            standings.add(new Standing(rank, team.teamId(), team.member().name(), team.score(), team.stationsSolved(),
                    team.finished(), team.finishedAt()));
        }
        return List.copyOf(standings);
    }
}
