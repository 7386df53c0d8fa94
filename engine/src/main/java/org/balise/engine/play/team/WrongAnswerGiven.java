package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;
import org.jspecify.annotations.Nullable;

/**
 * The team answered a riddle wrongly.
 *
 * @param riddle a station's id or {@code #final}
 * @param answer what the team sent: its text, or the keys of the options or items it chose, comma-separated
 * @param wrongAttempts wrong answers to this riddle so far, this one included
 * @param coolDownUntil the end of the cool-down this attempt began; null if attempts are left
 */
@TypeName("wrong-answer-given")
public record WrongAnswerGiven(String commandId, Instant at, String riddle, String answer, int wrongAttempts,
        @Nullable Instant coolDownUntil) implements TeamEvent {
}
