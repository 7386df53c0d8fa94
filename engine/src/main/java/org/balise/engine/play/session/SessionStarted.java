package org.balise.engine.play.session;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** Play began. */
@TypeName("session-started")
public record SessionStarted(String commandId, Instant at) implements SessionEvent {
}
