package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** The team acknowledged a recall message (its own or a broadcast). */
@TypeName("message-acknowledged")
public record MessageAcknowledged(String commandId, Instant at, String messageId) implements TeamEvent {
}
