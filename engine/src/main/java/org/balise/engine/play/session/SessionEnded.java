package org.balise.engine.play.session;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** The teacher ended the game. (A duration running out needs no event: the clock tells.) */
@TypeName("session-ended")
public record SessionEnded(String commandId, Instant at) implements SessionEvent {
}
