package org.balise.engine.play.session;

import java.time.Instant;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.TypeName;

/**
 * A command was refused; nothing else changed.
 *
 * @param command the refused command's type name, e.g. {@code start-session}
 * @param sentence what happened, in English, for logs and the teacher
 */
@TypeName("session-command-refused")
public record SessionCommandRefused(String commandId, Instant at, String command, RefusalReason reason,
        String sentence) implements SessionEvent {
}
