package org.balise.engine.play.team;

import java.time.Instant;

/** A clue a team holds, and the station that gave it. */
public record CollectedClue(String clueId, String stationId, Instant at) {
}
