package org.balise.engine.play.team;

import org.balise.engine.play.TypeName;

/**
 * Teacher: the team is at this open station, whatever its phone says (GPS lost, indoors, a broken QR code).
 * Any station may be unlocked so, whether or not its author listed the teacher among its proofs.
 */
@TypeName("unlock-station")
public record UnlockStation(String commandId, String stationId, String teacherId) implements TeamCommand {
}
