package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/**
 * The filter accepted a fix but flagged it (an implausible jump, a mock-location provider): kept, and told to
 * the teacher, never silently dropped. Durable, unlike ordinary positions: it is evidence.
 *
 * @param fix the fix, with its flags
 */
@TypeName("suspicious-fix-flagged")
public record SuspiciousFixFlagged(String commandId, Instant at, AcceptedFix fix) implements TeamEvent {
}
