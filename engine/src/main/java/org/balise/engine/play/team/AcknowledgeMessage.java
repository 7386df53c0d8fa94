package org.balise.engine.play.team;

import org.balise.engine.play.TypeName;

/** The team read a recall message (sent to it alone or broadcast), so the teacher knows. */
@TypeName("acknowledge-message")
public record AcknowledgeMessage(String commandId, String messageId) implements TeamCommand {
}
