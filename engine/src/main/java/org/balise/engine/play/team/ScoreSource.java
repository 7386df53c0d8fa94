package org.balise.engine.play.team;

/** Where a change of score came from. */
public enum ScoreSource {
    /** A solved riddle's points. */
    RIDDLE,
    /** A quick solution's bonus. */
    TIME_BONUS,
    /** A hint's cost (negative). */
    HINT,
    /** A teacher's award or penalty, by hand. */
    AWARD
}
