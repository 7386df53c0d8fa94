package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** The teacher approved a photo; {@link StationSolved} (or {@link FinalRiddleSolved}) follows. */
@TypeName("photo-approved")
public record PhotoApproved(String commandId, Instant at, String riddle, String photoId, String teacherId)
        implements TeamEvent {
}
