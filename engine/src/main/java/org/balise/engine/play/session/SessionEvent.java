package org.balise.engine.play.session;

import java.time.Instant;
import org.balise.engine.play.TypeNames;

/**
 * What happened to a session. Records of plain values (ids, instants, enums, the rules), so that the web layer
 * stores them as JSON next to their {@link #type()}; {@code TypeNames.registry(SessionEvent.class)} maps the
 * names back to the records.
 */
public sealed interface SessionEvent
        permits SessionCreated, SessionStarted, SessionPaused, SessionResumed, SessionEnded, TeamJoined,
                MessageBroadcast, SessionCommandRefused {

    /** The command that caused it. */
    String commandId();

    /** When it was decided. */
    Instant at();

    /** The event's stable name. */
    default String type() {
        return TypeNames.of(getClass());
    }
}
