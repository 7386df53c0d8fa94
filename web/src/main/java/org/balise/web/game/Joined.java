package org.balise.web.game;

/** A team that has just joined: its id, the token its phones will share (shown once), and its view. */
public record Joined(String teamId, String token, TeamOutcome outcome) {
}
