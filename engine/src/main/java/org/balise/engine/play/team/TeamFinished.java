package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** The team finished: it solved the final riddle, or every station of its route when there is none. */
@TypeName("team-finished")
public record TeamFinished(String commandId, Instant at) implements TeamEvent {
}
