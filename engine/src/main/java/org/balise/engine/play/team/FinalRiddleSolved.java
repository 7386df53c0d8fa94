package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.SolvedBy;
import org.balise.engine.play.TypeName;

/**
 * The team solved the final riddle and earned its points.
 *
 * @param solvedAt the instant that counts (for a photo, when it was sent)
 */
@TypeName("final-riddle-solved")
public record FinalRiddleSolved(String commandId, Instant at, SolvedBy how, Instant solvedAt, int points)
        implements TeamEvent {
}
