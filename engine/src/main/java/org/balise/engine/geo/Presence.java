package org.balise.engine.geo;

/** Where a team stands with respect to one station's zone, as {@link PresenceDecider} judges it. */
public enum Presence {
    /** No evidence that the team is at the station. */
    OUTSIDE,
    /** Evidence is accumulating (a fix or the recent fixes' centre meets the rule) but not yet enough. */
    APPROACHING,
    /** The team has arrived and the visit has not ended. */
    INSIDE
}
