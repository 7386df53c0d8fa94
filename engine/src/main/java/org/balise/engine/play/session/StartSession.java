package org.balise.engine.play.session;

import org.balise.engine.play.TypeName;

/** Starts play: timers begin. */
@TypeName("start-session")
public record StartSession(String commandId) implements SessionCommand {
}
