package org.balise.engine.play.view;

/** Where a team stands with a station it can see. */
public enum StationStatus {
    /** Open: the team may go there. */
    TO_REACH,
    /** Reached: its riddle is shown. */
    REACHED,
    /** Its riddle is solved. */
    SOLVED
}
