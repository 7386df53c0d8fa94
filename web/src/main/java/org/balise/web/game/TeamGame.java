package org.balise.web.game;

import org.balise.engine.play.team.TeamContext;
import org.balise.engine.play.team.TeamState;

/**
 * A team's game as the back-office reads it: the team, what it needs of its session, and its state, for
 * dashboards and debriefs (the engine's {@code Debriefs}, {@code Leaderboard}, {@code PlayerViews}).
 */
public record TeamGame(TeamDocument team, TeamContext context, TeamState state, String sequence) {
}
