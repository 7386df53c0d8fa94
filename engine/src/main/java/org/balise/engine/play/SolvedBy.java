package org.balise.engine.play;

/** What solved a station's riddle. */
public enum SolvedBy {
    /** A right answer. */
    ANSWER,
    /** A photo the teacher approved. */
    PHOTO,
    /** Arriving: the riddle is location-only. */
    LOCATION
}
