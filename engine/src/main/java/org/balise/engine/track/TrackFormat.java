package org.balise.engine.track;

/** The kind of file a {@link Track} was read from. */
public enum TrackFormat {
    /** GPS Exchange Format, version 1.0 or 1.1. */
    GPX,
    /** GeoJSON (RFC 7946). */
    GEOJSON
}
