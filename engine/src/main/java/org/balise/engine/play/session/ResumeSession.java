package org.balise.engine.play.session;

import org.balise.engine.play.TypeName;

/** Ends a pause. */
@TypeName("resume-session")
public record ResumeSession(String commandId) implements SessionCommand {
}
