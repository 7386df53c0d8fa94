package org.balise.engine.play.debrief;

import java.time.Duration;
import java.util.Map;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.Sorted;
import org.jspecify.annotations.Nullable;

/**
 * One station across a session's teams: what went well, what was hard.
 *
 * @param teamsOnRoute how many teams had it on their route
 * @param reached how many reached it
 * @param solved how many solved it
 * @param arrivals how the teams that reached it proved it, by method
 * @param wrongAttempts wrong answers, all teams together
 * @param hintsTaken hints taken, all teams together
 * @param averageTime the mean played time from arrival to solution among the teams that solved it; null if none did
 */
public record StationSummary(String stationId, String title, int teamsOnRoute, int reached, int solved,
        Map<ArrivalMethod, Integer> arrivals, int wrongAttempts, int hintsTaken, @Nullable Duration averageTime) {

    public StationSummary {
        arrivals = Sorted.map(arrivals);
    }
}
