package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.TypeName;
import org.balise.engine.play.TypeNames;

/**
 * A command was refused; nothing else changed (its id is remembered, so a retry is not decided again).
 *
 * @param command the refused command's type name, e.g. {@code take-hint}
 * @param sentence what happened, in English, for logs and the teacher (phones translate {@code reason})
 */
@TypeName("team-command-refused")
public record TeamCommandRefused(String commandId, Instant at, String command, RefusalReason reason, String sentence)
        implements TeamEvent {

    /**
     * A refused batch of positions (the game paused or over, the team finished) is kept out of the durable
     * store like the positions themselves: phones keep sending them every few seconds, and what they say
     * is only that the team was somewhere.
     */
    @Override
    public boolean durable() {
        return !command.equals(TypeNames.of(ReportFixes.class));
    }
}
