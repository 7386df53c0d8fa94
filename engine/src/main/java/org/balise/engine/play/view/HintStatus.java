package org.balise.engine.play.view;

/** Whether a team can read a hint. */
public enum HintStatus {
    /** Not yet: its delay has not been played since the team arrived. */
    LOCKED,
    /** May be taken now, at its cost. */
    AVAILABLE,
    /** Taken: its text is shown. */
    TAKEN
}
