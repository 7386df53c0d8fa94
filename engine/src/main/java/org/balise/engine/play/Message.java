package org.balise.engine.play;

import java.time.Instant;

/**
 * A teacher's message to one team or to every team of a session.
 *
 * @param messageId unique in its session, made by the sender
 * @param kind what it asks of the team
 * @param text as the teacher wrote it (teachers write in their class's language: it is not translated)
 * @param teacherId who sent it
 * @param sentAt when
 * @param broadcast whether every team of the session received it
 */
public record Message(String messageId, MessageKind kind, String text, String teacherId, Instant sentAt,
        boolean broadcast) {

    /** Whether phones must acknowledge it. */
    public boolean needsAcknowledgement() {
        return kind == MessageKind.RECALL;
    }
}
