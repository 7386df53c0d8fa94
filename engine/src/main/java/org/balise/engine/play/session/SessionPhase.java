package org.balise.engine.play.session;

/** Where a session's lifecycle stands, as its events say (a duration running out is the clock's business). */
public enum SessionPhase {
    /** Nothing decided yet. */
    NEW,
    /** Created: teams may join. */
    OPEN,
    /** Started and not paused. */
    RUNNING,
    /** Started and paused. */
    PAUSED,
    /** Ended by the teacher. */
    ENDED
}
