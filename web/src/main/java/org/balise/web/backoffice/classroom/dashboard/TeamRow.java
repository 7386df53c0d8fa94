package org.balise.web.backoffice.classroom.dashboard;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One line of the dashboard's grid, and one marker of its map.
 *
 * @param whereabouts where the team stands in the game, e.g. "At Tour Philippe le Bon"
 * @param accuracy the last position's accuracy in metres; null before the first
 * @param latitude the last position; null before the first
 * @param phones how many of the team's phones follow the game live now (their stream is open)
 */
record TeamRow(String teamId, String name, String language, String whereabouts, int stationsSolved,
        int stationsOnRoute, int score, int hintsTaken, int wrongAttempts, Instant lastSeen,
        @Nullable Double accuracy, @Nullable Double latitude, @Nullable Double longitude, Set<Alert> alerts,
        boolean finished, int phones) {

    TeamRow {
        alerts = Set.copyOf(alerts);
    }
}
