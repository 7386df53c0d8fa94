package org.balise.engine.play.debrief;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.balise.engine.geo.FixFlag;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.SolvedBy;
import org.balise.engine.play.Sorted;
import org.jspecify.annotations.Nullable;

/**
 * One station of a team's route, as it went.
 *
 * @param arrivedBy how the team proved it was there; null if it never got there
 * @param provedBy the teacher who unlocked it; null otherwise
 * @param flags the fix filter's flags on a GPS arrival (e.g. a mocked location)
 * @param wrongAttempts wrong answers
 * @param wrongCodes wrong on-site codes
 * @param rejectedPhotos photos the teacher rejected
 * @param hints the hints taken, in order
 * @param hintCost the points the hints took
 * @param points the riddle's points earned
 * @param late whether it was solved after its time limit
 * @param timeSpent played time from arrival to solution; null unless solved
 */
public record StationDebrief(
        String stationId,
        String title,
        boolean reached,
        @Nullable Instant arrivedAt,
        @Nullable ArrivalMethod arrivedBy,
        @Nullable String provedBy,
        Set<FixFlag> flags,
        boolean solved,
        @Nullable Instant solvedAt,
        @Nullable SolvedBy solvedBy,
        int wrongAttempts,
        int wrongCodes,
        int rejectedPhotos,
        List<String> hints,
        int hintCost,
        int points,
        int timeBonus,
        boolean late,
        @Nullable Duration timeSpent) {

    public StationDebrief {
        flags = Sorted.set(flags);
        hints = List.copyOf(hints);
    }
}
