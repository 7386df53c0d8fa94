package org.balise.engine.play.session;

import java.time.Instant;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.TypeName;

/** A session was opened for a circuit version, a mode and rules. */
@TypeName("session-created")
public record SessionCreated(String commandId, Instant at, String sessionId, String circuitId, String circuitVersion,
        Mode mode, GameRules rules) implements SessionEvent {
}
