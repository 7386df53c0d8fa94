package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.MessageKind;
import org.balise.engine.play.TypeName;

/** The teacher wrote to this team alone. */
@TypeName("message-received")
public record MessageReceived(String commandId, Instant at, String messageId, MessageKind kind, String text,
        String teacherId) implements TeamEvent {
}
