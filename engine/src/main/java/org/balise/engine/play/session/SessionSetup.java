package org.balise.engine.play.session;

import java.time.Instant;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameRules;

/** What a session was created with. */
public record SessionSetup(String sessionId, String circuitId, String circuitVersion, Mode mode, GameRules rules,
        Instant createdAt) {
}
