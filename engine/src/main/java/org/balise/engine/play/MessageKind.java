package org.balise.engine.play;

/** What a teacher's message asks of a team. */
public enum MessageKind {
    /** Something to read. */
    INFO,
    /** Come back to the meeting point: phones must acknowledge it, so that the teacher sees who read it. */
    RECALL
}
