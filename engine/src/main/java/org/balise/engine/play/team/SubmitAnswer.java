package org.balise.engine.play.team;

import org.balise.engine.play.TypeName;

/**
 * The team answers a riddle.
 *
 * @param riddle a station's id, or {@code RiddleKeys.FINAL} for the final riddle
 */
@TypeName("submit-answer")
public record SubmitAnswer(String commandId, String riddle, GivenAnswer answer) implements TeamCommand {
}
