package org.balise.engine.play.team;

import org.balise.engine.play.TypeName;

/**
 * The team takes a hint, at its cost, once its delay has passed since the team arrived (or since the final
 * riddle opened).
 *
 * @param riddle a station's id, or {@code RiddleKeys.FINAL}
 */
@TypeName("take-hint")
public record TakeHint(String commandId, String riddle, String hintId) implements TeamCommand {
}
