package org.balise.engine.geo;

/** Why an accepted fix is suspicious. Flagged fixes are kept and marked, never silently dropped. */
public enum FixFlag {
    /**
     * The distance from the previous accepted fix, beyond what both accuracies explain, implies a speed
     * above the filter's cap: a jump, usually multipath, sometimes a car. Presence does not let such a fix
     * start or end a visit.
     */
    IMPLAUSIBLE_SPEED,
    /** The phone said the position came from a mock-location provider. Presence passes the flag on. */
    MOCK_LOCATION
}
