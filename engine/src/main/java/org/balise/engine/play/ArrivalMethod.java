package org.balise.engine.play;

/** How a team proved it reached a station: for the debrief, and for teachers wary of a mocked position. */
public enum ArrivalMethod {
    /** On site: the phone's positions met the station's presence rule. */
    GPS,
    /** Virtual mode: the team found the station's place on the map and tapped it. */
    MAP_TAP,
    /** Virtual mode: the team opened the station from its list (nothing to find on the map). */
    VIRTUAL_TAP,
    /** On site: the team scanned the QR code posted at the station. */
    QR_CODE,
    /** On site: the team typed the code written at the station. */
    ON_SITE_CODE,
    /** The teacher unlocked the station by hand. */
    TEACHER
}
