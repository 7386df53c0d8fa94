package org.balise.engine.track;

/**
 * Where the accuracy of a track's fixes came from, as counts of fixes.
 *
 * @param reported fixes whose file gave an accuracy in metres (an extension such as OpenTracks'
 *     {@code accuracy_horizontal}, a GeoJSON {@code accuracy} property, or the {@code hdop} of an app known to
 *     write metres there)
 * @param estimatedFromHdop fixes whose accuracy is their horizontal dilution of precision times
 *     {@value TrackFiles#METRES_PER_HDOP} m: a rough estimate, not a measurement
 * @param assumed fixes that said nothing about their accuracy and got {@value TrackFiles#ASSUMED_ACCURACY_METRES} m
 */
public record AccuracySources(int reported, int estimatedFromHdop, int assumed) {

    public AccuracySources {
        if (reported < 0 || estimatedFromHdop < 0 || assumed < 0) {
            throw new IllegalArgumentException("counts of fixes must not be negative, were "
                    + reported + ", " + estimatedFromHdop + ", " + assumed);
        }
    }

    /** How many fixes these counts cover. */
    public int total() {
        return reported + estimatedFromHdop + assumed;
    }
}
