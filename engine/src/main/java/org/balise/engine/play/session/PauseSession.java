package org.balise.engine.play.session;

import org.balise.engine.play.TypeName;

/** Freezes play: teams' commands are refused and no timer runs until the session resumes. */
@TypeName("pause-session")
public record PauseSession(String commandId) implements SessionCommand {
}
