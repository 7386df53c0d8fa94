package org.balise.engine.track;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One point as a reader found it, before the track is assembled: its coordinates (in range), and whatever else
 * the file said about it.
 *
 * @param time null when the file gave the point no time
 * @param accuracyMetres null when the file said nothing about the point's accuracy
 * @param accuracyFromHdop whether {@code accuracyMetres} was estimated from a dilution of precision
 * @param where the point's place in the file, for messages: "line 12", "feature 3, position 7"
 */
record ReadPoint(
        double latitude,
        double longitude,
        @Nullable Instant time,
        @Nullable Double accuracyMetres,
        boolean accuracyFromHdop,
        @Nullable Double speedMetresPerSecond,
        @Nullable Double headingDegrees,
        String where) {

    ReadPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range at " + where + "; readers check them first");
        }
        if (accuracyFromHdop && accuracyMetres == null) {
            throw new IllegalArgumentException("an accuracy estimated from hdop needs a value");
        }
    }

    /** Refuses a latitude outside [-90, 90] with a message naming {@code where}, followed by {@code hint}. */
    static void checkLatitude(double latitude, String where, String hint) throws TrackFileException {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw TrackFileException.at(where, "the latitude " + latitude
                    + " is out of range: a latitude lies between -90 and 90." + hint);
        }
    }

    /** Refuses a longitude outside [-180, 180] with a message naming {@code where}. */
    static void checkLongitude(double longitude, String where) throws TrackFileException {
        if (!(longitude >= -180 && longitude <= 180)) {
            throw TrackFileException.at(where, "the longitude " + longitude
                    + " is out of range: a longitude lies between -180 and 180.");
        }
    }
}
