package org.balise.engine.play.session;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** Play was frozen. */
@TypeName("session-paused")
public record SessionPaused(String commandId, Instant at) implements SessionEvent {
}
