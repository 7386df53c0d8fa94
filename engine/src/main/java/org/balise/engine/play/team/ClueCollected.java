package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** A solved station gave the team a clue toward the final riddle. */
@TypeName("clue-collected")
public record ClueCollected(String commandId, Instant at, String stationId, String clueId) implements TeamEvent {
}
