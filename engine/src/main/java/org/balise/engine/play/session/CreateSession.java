package org.balise.engine.play.session;

import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.TypeName;

/**
 * Opens a session of the circuit the decider is given, for teams to join.
 *
 * @param sessionId made by the caller, unique
 * @param mode on site or virtual; the circuit must offer it
 * @param rules attempts, cool-down, duration, time bonus, negative scores
 */
@TypeName("create-session")
public record CreateSession(String commandId, String sessionId, Mode mode, GameRules rules) implements SessionCommand {
}
