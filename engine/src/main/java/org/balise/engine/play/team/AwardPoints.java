package org.balise.engine.play.team;

import org.balise.engine.play.TypeName;

/**
 * Teacher: points given (or, negative, taken) by hand, logged with a reason. A penalty stops at zero unless the
 * rules allow negative scores.
 */
@TypeName("award-points")
public record AwardPoints(String commandId, int points, String reason, String teacherId) implements TeamCommand {
}
