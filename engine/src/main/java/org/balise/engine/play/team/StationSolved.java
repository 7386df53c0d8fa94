package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.SolvedBy;
import org.balise.engine.play.TypeName;

/**
 * A station's riddle is solved.
 *
 * @param solvedAt the instant that counts for time limits and bonuses (for a photo, when it was sent)
 * @param points the station's points earned: all of them, or none when late
 * @param timeBonus the bonus earned
 * @param late whether it was solved after the station's time limit
 */
@TypeName("station-solved")
public record StationSolved(String commandId, Instant at, String stationId, SolvedBy how, Instant solvedAt,
        int points, int timeBonus, boolean late) implements TeamEvent {
}
