package org.balise.engine.play.team;

import org.balise.engine.play.MessageKind;
import org.balise.engine.play.TypeName;

/**
 * Teacher: a message to this team alone (for every team, see the session's {@code BroadcastMessage}).
 *
 * @param messageId made by the sender, unique in the session
 */
@TypeName("send-message")
public record SendMessage(String commandId, String messageId, MessageKind kind, String text, String teacherId)
        implements TeamCommand {
}
