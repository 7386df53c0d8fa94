package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** The teacher rejected a photo; the team may send another. */
@TypeName("photo-rejected")
public record PhotoRejected(String commandId, Instant at, String riddle, String photoId, String teacherId,
        String comment) implements TeamEvent {
}
