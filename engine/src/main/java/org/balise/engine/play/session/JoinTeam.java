package org.balise.engine.play.session;

import org.balise.engine.play.TypeName;

/**
 * A team joins with its name and language. Its index in the session (0 for the first team) picks its route.
 *
 * @param teamId made by the caller (with the team's token), unique
 * @param name as the pupils typed it; unique in the session, compared without case, accents or spacing
 * @param language one of the circuit's languages
 */
@TypeName("join-team")
public record JoinTeam(String commandId, String teamId, String name, String language) implements SessionCommand {
}
