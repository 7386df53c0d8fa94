package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** The team holds enough clues (or solved its whole route): the final riddle opens; its hints count from now. */
@TypeName("final-riddle-opened")
public record FinalRiddleOpened(String commandId, Instant at) implements TeamEvent {
}
