package org.balise.engine.play.session;

import java.time.Instant;
import org.balise.engine.play.MessageKind;
import org.balise.engine.play.TypeName;

/** A teacher wrote to every team. */
@TypeName("message-broadcast")
public record MessageBroadcast(String commandId, Instant at, String messageId, MessageKind kind, String text,
        String teacherId) implements SessionEvent {
}
