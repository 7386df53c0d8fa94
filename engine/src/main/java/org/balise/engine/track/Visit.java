package org.balise.engine.track;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stay at a station during a replay, as presence decided it: from the arrival to the departure.
 *
 * @param arrivedAt when presence was established (after the station's dwell, not when the zone was entered)
 * @param afterStart how long after the track's first fix the arrival came
 * @param leftAt when the visit ended; null if the track ended during it
 * @param byCrossing whether the arrival came from the straight line between two fixes crossing the zone
 */
public record Visit(Instant arrivedAt, Duration afterStart, @Nullable Instant leftAt, boolean byCrossing) {

    public Visit {
        if (afterStart.isNegative()) {
            throw new IllegalArgumentException("a visit cannot begin before its track, was " + afterStart);
        }
        if (leftAt != null && leftAt.isBefore(arrivedAt)) {
            throw new IllegalArgumentException("a visit cannot end (" + leftAt + ") before it begins (" + arrivedAt + ")");
        }
    }

    /** Whether the visit ended before the track did. */
    public boolean ended() {
        return leftAt != null;
    }
}
