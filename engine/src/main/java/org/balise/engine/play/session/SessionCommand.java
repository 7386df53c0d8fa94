package org.balise.engine.play.session;

/**
 * What a teacher (or a team joining) asks of a session. Every command carries an id made by its sender, so
 * that a retried command is applied once.
 */
public sealed interface SessionCommand
        permits CreateSession, StartSession, PauseSession, ResumeSession, EndSession, JoinTeam, BroadcastMessage {

    /** Unique per sender and command: a retry reuses it. */
    String commandId();
}
