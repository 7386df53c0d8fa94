package org.balise.engine.play.session;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** Play went on after a pause. */
@TypeName("session-resumed")
public record SessionResumed(String commandId, Instant at) implements SessionEvent {
}
