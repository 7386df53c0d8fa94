package org.balise.engine.play.view;

/** Where a team stands with the final riddle. */
public enum FinalStatus {
    /** Not enough clues yet. */
    LOCKED,
    /** Open: its riddle is shown. */
    OPEN,
    /** Solved. */
    SOLVED
}
