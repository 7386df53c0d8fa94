package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** The team sent a photo for a riddle (a station's id or {@code #final}); it waits for the teacher. */
@TypeName("photo-submitted")
public record PhotoSubmitted(String commandId, Instant at, String riddle, String photoId) implements TeamEvent {
}
