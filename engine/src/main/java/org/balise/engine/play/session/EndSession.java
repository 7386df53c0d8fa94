package org.balise.engine.play.session;

import org.balise.engine.play.TypeName;

/** Ends the game for every team, before or after its duration is up. */
@TypeName("end-session")
public record EndSession(String commandId) implements SessionCommand {
}
