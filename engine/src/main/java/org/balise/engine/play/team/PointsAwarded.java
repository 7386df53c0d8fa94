package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/**
 * The teacher changed the team's score by hand.
 *
 * @param requested the points given (negative: taken)
 * @param applied the change made: {@code requested}, unless a penalty would have taken the score below zero
 */
@TypeName("points-awarded")
public record PointsAwarded(String commandId, Instant at, int requested, int applied, String reason, String teacherId)
        implements TeamEvent {
}
