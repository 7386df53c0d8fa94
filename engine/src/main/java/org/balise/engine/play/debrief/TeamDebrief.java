package org.balise.engine.play.debrief;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a team did.
 *
 * @param index the team's place in the order of joining
 * @param routeId the route it was given, for a routes progression; null otherwise
 * @param stations its route's stations in order, reached or not
 * @param finalRiddle the final riddle; null when the circuit has none
 * @param clues the clues collected (ids, in order)
 * @param trades the trades discovered (ids, in order)
 * @param wrongAttempts wrong answers and codes, all riddles and stations together
 * @param hintsTaken hints taken, all riddles together
 * @param suspiciousFixes positions the filter flagged
 * @param playedTime from the start to the team's finish (or to the debrief's instant), pauses excluded
 */
public record TeamDebrief(
        String teamId,
        String name,
        String language,
        int index,
        @Nullable String routeId,
        int score,
        ScoreBreakdown breakdown,
        List<StationDebrief> stations,
        @Nullable FinalDebrief finalRiddle,
        List<String> clues,
        List<String> trades,
        int wrongAttempts,
        int hintsTaken,
        int suspiciousFixes,
        @Nullable Instant finishedAt,
        Duration playedTime) {

    public TeamDebrief {
        stations = List.copyOf(stations);
        clues = List.copyOf(clues);
        trades = List.copyOf(trades);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** How many stations of its route the team solved. */
    public int stationsSolved() {
        return (int) stations.stream().filter(StationDebrief::solved).count();
    }
}
