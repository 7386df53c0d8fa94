package org.balise.engine.play.session;

import org.balise.engine.play.MessageKind;
import org.balise.engine.play.TypeName;

/**
 * A teacher's message to every team of the session; a {@link MessageKind#RECALL} must be acknowledged by each
 * team, through its own decider.
 *
 * @param messageId made by the caller (e.g. a UUID), unique among the session's messages: a team's decider refuses
 *     a message to one team whose id a broadcast already has
 */
@TypeName("broadcast-message")
public record BroadcastMessage(String commandId, String messageId, MessageKind kind, String text, String teacherId)
        implements SessionCommand {
}
