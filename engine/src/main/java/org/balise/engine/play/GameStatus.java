package org.balise.engine.play;

/** Where a session stands at an instant, as its {@link PlayClock} tells. */
public enum GameStatus {
    /** Created, teams may join, play has not begun. */
    NOT_STARTED,
    /** Teams play. */
    RUNNING,
    /** The teacher paused the game: play commands are refused and timers stand still. */
    PAUSED,
    /** The teacher ended the game or its duration is up. */
    OVER
}
